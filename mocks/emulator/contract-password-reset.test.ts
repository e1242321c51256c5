// Contract: password reset by emailed code and the account recovery key, against both transports.
// The client side is node:crypto (testing/node-crypto.testutil.ts) plus the app's recovery-key
// module, whose own test holds it to upstream's vectors. Upstream: lib/routes/password.ts,
// account.ts (reset), recovery-key.js; reference recovery-2fa-mfa.md §1–2.

import { expect, it } from 'vitest';
import { randomHex } from '../../app/lib/crypto/bytes.ts';
import {
  decryptRecoveryData,
  encryptRecoveryData,
  randomRecoveryKey,
  recoveryKeyId,
} from '../../app/lib/crypto/recovery-key.ts';
import { contractSuite } from './testing/contract.testutil.ts';
import { type Reply, str, type TestClient } from './testing/fxa-client.testutil.ts';
import { onepwV1, unbundle, xorHex } from './testing/node-crypto.testutil.ts';

const EMAIL = 'forgetful@example.com';
const OLD = 'the old password';
const NEW = 'a brand new password';

async function forgotToken(c: TestClient, email = EMAIL) {
  expect((await c.post('/v1/password/forgot/send_otp', { email })).status).toBe(200);
  const mail = await c.get(`/__emulator/emails/${encodeURIComponent(email)}/last`);
  expect(mail.body).toMatchObject({ kind: 'password-forgot-otp' });
  const otp = str(mail, 'code');
  expect(otp).toMatch(/^\d{8}$/);
  const verified = await c.post('/v1/password/forgot/verify_otp', { email, code: otp });
  expect(verified.status).toBe(200);
  return {
    token: str(verified, 'token'),
    passCode: str(verified, 'code'),
    uid: str(verified, 'uid'),
    emailToHashWith: str(verified, 'emailToHashWith'),
  };
}

async function resetToken(c: TestClient, extra: Record<string, unknown> = {}) {
  const pft = await forgotToken(c);
  const r = await c.hawkPost(
    '/v1/password/forgot/verify_code',
    pft.token,
    { code: pft.passCode, ...extra },
    'passwordForgotToken',
  );
  expect(r.status).toBe(200);
  return { ...pft, accountResetToken: str(r, 'accountResetToken') };
}

async function kBOf(c: TestClient, res: Reply, unwrapBKey: string): Promise<string> {
  const kft = str(res, 'keyFetchToken');
  const keys = await c.hawkGet('/v1/account/keys', kft, 'keyFetchToken');
  expect(keys.status).toBe(200);
  return xorHex(unbundle(str(keys, 'bundle'), kft).wrapKB, unwrapBKey);
}

contractSuite('password reset', (client) => {
  it('mails an 8-digit code, refuses wrong, reused and expired codes, and unknown addresses', async () => {
    const c = client();
    await c.signUp(EMAIL, OLD);
    const unknown = await c.post('/v1/password/forgot/send_otp', { email: 'nobody@example.com' });
    expect(unknown.body).toMatchObject({ code: 400, errno: 102 });

    await c.post('/v1/password/forgot/send_otp', { email: EMAIL });
    const otp = await c.lastCode(EMAIL);
    const wrong = otp === '00000000' ? '11111111' : '00000000';
    const bad = await c.post('/v1/password/forgot/verify_otp', { email: EMAIL, code: wrong });
    expect(bad.body).toMatchObject({ code: 400, errno: 105 });
    const short = await c.post('/v1/password/forgot/verify_otp', { email: EMAIL, code: '123' });
    expect(short.body).toMatchObject({ errno: 107 });
    const ok = await c.post('/v1/password/forgot/verify_otp', { email: EMAIL, code: otp });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({
      code: expect.stringMatching(/^[0-9a-f]{32}$/),
      emailToHashWith: EMAIL,
      token: expect.stringMatching(/^[0-9a-f]{64}$/),
      uid: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    const reused = await c.post('/v1/password/forgot/verify_otp', { email: EMAIL, code: otp });
    expect(reused.body).toMatchObject({ errno: 105 });

    // 600 s later the code is dead.
    await c.post('/v1/password/forgot/send_otp', { email: EMAIL });
    const late = await c.lastCode(EMAIL);
    await c.post('/__emulator/clock', { advanceMs: 601_000 });
    const expired = await c.post('/v1/password/forgot/verify_otp', { email: EMAIL, code: late });
    expect(expired.body).toMatchObject({ errno: 105 });
  });

  it('gives up a code after five wrong guesses', async () => {
    const c = client();
    await c.signUp(EMAIL, OLD);
    await c.post('/v1/password/forgot/send_otp', { email: EMAIL });
    const otp = await c.lastCode(EMAIL);
    const wrong = otp === '00000000' ? '11111111' : '00000000';
    for (let i = 0; i < 5; i++) {
      await c.post('/v1/password/forgot/verify_otp', { email: EMAIL, code: wrong });
    }
    const right = await c.post('/v1/password/forgot/verify_otp', { email: EMAIL, code: otp });
    expect(right.body).toMatchObject({ errno: 105 });
  });

  it('verify_code counts wrong passCodes down (105 with tries, ttl) and is used once', async () => {
    const c = client();
    await c.signUp(EMAIL, OLD);
    const pft = await forgotToken(c);
    const wrong = await c.hawkPost(
      '/v1/password/forgot/verify_code',
      pft.token,
      { code: 'f'.repeat(32) },
      'passwordForgotToken',
    );
    expect(wrong.body).toMatchObject({ errno: 105, tries: 2, ttl: expect.any(Number) });
    const totp = await c.get('/v1/totp/exists', c.bearer(pft.token, 'passwordForgotToken'));
    expect(totp.body).toEqual({ exists: false, verified: false });
    const exists = await c.hawkPost('/v1/recoveryKey/exists', pft.token, {}, 'passwordForgotToken');
    expect(exists.body).toEqual({ exists: false, estimatedSyncDeviceCount: 0 });
    const ok = await c.hawkPost(
      '/v1/password/forgot/verify_code',
      pft.token,
      { code: pft.passCode },
      'passwordForgotToken',
    );
    expect(ok.body).toEqual({ accountResetToken: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const again = await c.hawkPost(
      '/v1/password/forgot/verify_code',
      pft.token,
      { code: pft.passCode },
      'passwordForgotToken',
    );
    expect(again.body).toMatchObject({ code: 401, errno: 110 });
  });

  it('a reset without a recovery key makes a new kB and ends every old session', async () => {
    const c = client();
    const { sessionToken: oldSession, created } = await c.signUp(EMAIL, OLD, true);
    const oldKb = await kBOf(c, created, onepwV1(EMAIL, OLD).unwrapBKey);
    const { accountResetToken } = await resetToken(c);
    const creds = onepwV1(EMAIL, NEW);

    // ?keys=true needs sessionToken:true (108), and the failed call spends the token (110).
    const noSession = await c.hawkPost(
      '/v1/account/reset?keys=true',
      accountResetToken,
      { authPW: creds.authPW },
      'accountResetToken',
    );
    expect(noSession.body).toMatchObject({ errno: 108 });
    const spent = await c.hawkPost(
      '/v1/account/reset',
      accountResetToken,
      { authPW: creds.authPW },
      'accountResetToken',
    );
    expect(spent.body).toMatchObject({ errno: 110 });

    const { accountResetToken: art } = await resetToken(c);
    // A v1 wrapKb without a recovery key is refused (Joi pairs them).
    const unpaired = await c.hawkPost(
      '/v1/account/reset',
      art,
      { authPW: creds.authPW, wrapKb: randomHex(32), sessionToken: true },
      'accountResetToken',
    );
    expect(unpaired.body).toMatchObject({ errno: 107 });

    const { accountResetToken: art2 } = await resetToken(c);
    const reset = await c.hawkPost(
      '/v1/account/reset?keys=true',
      art2,
      { authPW: creds.authPW, sessionToken: true },
      'accountResetToken',
    );
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({
      uid: str(created, 'uid'),
      verified: true,
      authAt: expect.any(Number),
    });
    const newKb = await kBOf(c, reset, creds.unwrapBKey);
    expect(newKb).not.toBe(oldKb);

    const old = await c.get('/v1/session/status', c.bearer(oldSession));
    expect(old.body).toMatchObject({ errno: 110 });
    const fresh = await c.get('/v1/session/status', c.bearer(str(reset, 'sessionToken')));
    expect(fresh.body).toMatchObject({ state: 'verified' });
    const oldLogin = await c.post('/v1/account/login', {
      email: EMAIL,
      authPW: onepwV1(EMAIL, OLD).authPW,
    });
    expect(oldLogin.body).toMatchObject({ errno: 103 });
  });

  it('a reset with the recovery key keeps kB and uses the key up', async () => {
    const c = client();
    const { sessionToken, created, unwrapBKey, uid } = await c.signUp(EMAIL, OLD, true);
    const kB = await kBOf(c, created, unwrapBKey);
    const key = randomRecoveryKey();
    const bundle = await encryptRecoveryData(key, uid, { kB });
    const stored = await c.hawkPost('/v1/recoveryKey', sessionToken, { ...bundle, hint: 'desk' });
    expect(stored.status).toBe(200);
    const twice = await c.hawkPost('/v1/recoveryKey', sessionToken, bundle);
    expect(twice.body).toMatchObject({ errno: 161 });

    const pft = await forgotToken(c);
    const exists = await c.hawkPost('/v1/recoveryKey/exists', pft.token, {}, 'passwordForgotToken');
    expect(exists.body).toEqual({ exists: true, hint: 'desk', estimatedSyncDeviceCount: 0 });
    const verified = await c.hawkPost(
      '/v1/password/forgot/verify_code',
      pft.token,
      { code: pft.passCode, accountResetWithRecoveryKey: true },
      'passwordForgotToken',
    );
    const art = str(verified, 'accountResetToken');

    const wrongId = await recoveryKeyId(randomRecoveryKey(), uid);
    const wrong = await c.hawkGet(`/v1/recoveryKey/${wrongId}`, art, 'accountResetToken');
    expect(wrong.body).toMatchObject({ code: 400, errno: 159 });
    const got = await c.hawkGet(
      `/v1/recoveryKey/${bundle.recoveryKeyId}`,
      art,
      'accountResetToken',
    );
    expect(got.body).toEqual({ recoveryData: bundle.recoveryData });
    const opened = await decryptRecoveryData(key, uid, str(got, 'recoveryData'));
    expect(opened.kB).toBe(kB);

    const creds = onepwV1(EMAIL, NEW);
    const reset = await c.hawkPost(
      '/v1/account/reset?keys=true',
      art,
      {
        authPW: creds.authPW,
        wrapKb: xorHex(opened.kB, creds.unwrapBKey),
        recoveryKeyId: bundle.recoveryKeyId,
        sessionToken: true,
      },
      'accountResetToken',
    );
    expect(reset.status).toBe(200);
    expect(await kBOf(c, reset, creds.unwrapBKey)).toBe(kB);
    const after = await c.hawkPost('/v1/recoveryKey/exists', str(reset, 'sessionToken'), {});
    expect(after.body).toEqual({ exists: false });
  });

  it('settings creates, replaces and deletes the key behind the recovery_key step-up JWT', async () => {
    const c = client();
    const { sessionToken, uid } = await c.signUp(EMAIL, OLD);
    const bundle = await encryptRecoveryData(randomRecoveryKey(), uid, { kB: randomHex(32) });
    const noJwt = await c.post('/v1/mfa/recoveryKey', bundle, c.bearer(sessionToken));
    expect(noJwt.status).toBe(401);
    const emailJwt = await c.stepUp(sessionToken, EMAIL, 'email');
    const wrongScope = await c.post('/v1/mfa/recoveryKey', bundle, {
      authorization: `Bearer ${emailJwt}`,
    });
    expect(wrongScope.status).toBe(403);

    const jwt = { authorization: `Bearer ${await c.stepUp(sessionToken, EMAIL, 'recovery_key')}` };
    expect((await c.post('/v1/mfa/recoveryKey', bundle, jwt)).status).toBe(200);
    const exists = await c.hawkPost('/v1/recoveryKey/exists', sessionToken, {});
    expect(exists.body).toEqual({ exists: true });
    const again = await c.post('/v1/mfa/recoveryKey', bundle, jwt);
    expect(again.body).toMatchObject({ errno: 161 });
    const other = await encryptRecoveryData(randomRecoveryKey(), uid, { kB: randomHex(32) });
    expect((await c.post('/v1/mfa/recoveryKey', { ...other, replaceKey: true }, jwt)).status).toBe(
      200,
    );
    const hint = await c.hawkPost('/v1/recoveryKey/hint', sessionToken, { hint: 'safe' });
    expect(hint.status).toBe(200);

    const removed = await c.call('DELETE', '/v1/mfa/recoveryKey', { json: {}, headers: jwt });
    expect(removed.status).toBe(200);
    const gone = await c.hawkPost('/v1/recoveryKey/exists', sessionToken, {});
    expect(gone.body).toEqual({ exists: false });
    const twice = await c.call('DELETE', '/v1/mfa/recoveryKey', { json: {}, headers: jwt });
    expect(twice.body).toMatchObject({ errno: 158 });
    const noKeyHint = await c.hawkPost('/v1/recoveryKey/hint', sessionToken, { hint: 'x' });
    expect(noKeyHint.body).toMatchObject({ errno: 158 });
  });
});
