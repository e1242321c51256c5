// Contract: sign-in unblock (recovery-2fa-mfa.md §5) — a blocked login (125 + email-captcha),
// send_unblock_code into the outbox, the login retried with the code (single use, 1 h, any case),
// wrong and expired codes (127), reject_unblock_code, and the control-API switch.

import { expect, it } from 'vitest';
import { contractSuite } from './testing/contract.testutil.ts';
import { str, type TestClient } from './testing/fxa-client.testutil.ts';
import { onepwV1 } from './testing/node-crypto.testutil.ts';

const EMAIL = 'blocked@example.com';
const PASSWORD = 'a long password';

async function blockedAccount(c: TestClient) {
  const created = await c.createAccount({ email: EMAIL, password: PASSWORD });
  const uid = str(created, 'uid');
  const blocked = await c.post(
    `/__emulator/accounts/${encodeURIComponent(EMAIL)}/block_signin`,
    {},
  );
  expect(blocked.body).toEqual({ blocked: true });
  return { uid, authPW: onepwV1(EMAIL, PASSWORD).authPW };
}

async function newUnblockCode(c: TestClient): Promise<string> {
  const sent = await c.post('/v1/account/login/send_unblock_code', { email: EMAIL });
  expect(sent.status).toBe(200);
  expect(sent.body).toEqual({});
  const mail = await c.get(`/__emulator/emails/${encodeURIComponent(EMAIL)}/last`);
  expect(mail.body).toMatchObject({ kind: 'unblock-code' });
  const code = str(mail, 'code');
  expect(code).toMatch(/^[A-Z0-9]{8}$/);
  return code;
}

contractSuite('sign-in unblock', (client) => {
  it('blocked login → emailed code → verified session; the code is single use', async () => {
    const c = client();
    const { authPW, uid } = await blockedAccount(c);
    const blocked = await c.post('/v1/account/login', { email: EMAIL, authPW });
    expect(blocked.status).toBe(400);
    expect(blocked.body).toMatchObject({
      code: 400,
      errno: 125,
      error: 'Request blocked',
      verificationMethod: 'email-captcha',
      verificationReason: 'login',
    });

    const code = await newUnblockCode(c);
    const ok = await c.post('/v1/account/login?keys=true', {
      email: EMAIL,
      authPW,
      unblockCode: code.toLowerCase(),
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ uid, verified: true, sessionVerified: true });
    expect(ok.body.verificationMethod).toBeUndefined();
    expect(typeof ok.body.keyFetchToken).toBe('string');
    // Unblocked: the next login is an ordinary one (a login code, no block).
    const next = await c.post('/v1/account/login', { email: EMAIL, authPW });
    expect(next.body).toMatchObject({ verified: false, verificationMethod: 'email-otp' });
  });

  it('wrong, reused and expired codes are errno 127; a malformed one 107', async () => {
    const c = client();
    const { authPW } = await blockedAccount(c);
    const wrong = await c.post('/v1/account/login', {
      email: EMAIL,
      authPW,
      unblockCode: 'AAAAAAAA',
    });
    expect(wrong.body).toMatchObject({ code: 400, errno: 127, message: 'Invalid unblock code' });
    const malformed = await c.post('/v1/account/login', {
      email: EMAIL,
      authPW,
      unblockCode: 'ab-',
    });
    expect(malformed.body).toMatchObject({ errno: 107 });

    // A wrong password after a good code: the code is gone, the block stays.
    const code = await newUnblockCode(c);
    const badPassword = onepwV1(EMAIL, 'not it').authPW;
    const denied = await c.post('/v1/account/login', {
      email: EMAIL,
      authPW: badPassword,
      unblockCode: code,
    });
    expect(denied.body).toMatchObject({ errno: 103 });
    const reused = await c.post('/v1/account/login', { email: EMAIL, authPW, unblockCode: code });
    expect(reused.body).toMatchObject({ errno: 127 });

    const old = await newUnblockCode(c);
    await c.post('/__emulator/clock', { advanceMs: 60 * 60 * 1000 + 1000 });
    const expired = await c.post('/v1/account/login', { email: EMAIL, authPW, unblockCode: old });
    expect(expired.body).toMatchObject({ errno: 127 });
    expect((await c.post('/v1/account/login', { email: EMAIL, authPW })).body).toMatchObject({
      errno: 125,
    });
  });

  it('reject_unblock_code consumes the code; unknown codes and accounts answer as upstream', async () => {
    const c = client();
    const { authPW, uid } = await blockedAccount(c);
    const code = await newUnblockCode(c);
    const rejected = await c.post('/v1/account/login/reject_unblock_code', {
      uid,
      unblockCode: code,
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toEqual({});
    const again = await c.post('/v1/account/login/reject_unblock_code', { uid, unblockCode: code });
    expect(again.body).toMatchObject({ errno: 127 });
    const used = await c.post('/v1/account/login', { email: EMAIL, authPW, unblockCode: code });
    expect(used.body).toMatchObject({ errno: 127 });
    const badUid = await c.post('/v1/account/login/reject_unblock_code', {
      uid: 'not-hex',
      unblockCode: code,
    });
    expect(badUid.body).toMatchObject({ errno: 107 });

    const unknown = await c.post('/v1/account/login/send_unblock_code', {
      email: 'nobody@example.com',
    });
    expect(unknown.body).toMatchObject({ errno: 102 });
    const noAccount = await c.post('/__emulator/accounts/nobody%40example.com/block_signin', {});
    expect(noAccount.body).toMatchObject({ errno: 102 });
  });
});
