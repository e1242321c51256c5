// Contract: two-step authentication. Setup (create → QR + secret → code → backup codes →
// complete), sign-in with a TOTP code or a single-use backup code, and the assurance level it
// gives the session: verified-session routes refuse an AAL1 session of a TOTP account (222), an
// `acr_values=AAL2` relier refuses it (170), and the id token says `acr: AAL2`, `amr: otp`.
// mozilla/fxa `lib/routes/totp.js`, `recovery-codes.js`, `lib/oauth/grant.js`.

import { decodeJwt } from 'jose';
import { expect, it } from 'vitest';
import { CLIENT_IDS, SEEDED_CLIENTS } from './seed.ts';
import { contractSuite } from './testing/contract.testutil.ts';
import { str, type TestClient } from './testing/fxa-client.testutil.ts';
import { onepwV1 } from './testing/node-crypto.testutil.ts';
import { totpCode } from './totp.ts';

const EMAIL = 'two.step@example.com';
const PASSWORD = 'two-step password';
const TRUSTED = {
  id: CLIENT_IDS.trustedRelier,
  secret: SEEDED_CLIENTS.find((c) => c.id === CLIENT_IDS.trustedRelier)?.secret as string,
  redirect: 'http://localhost:8080/api/oauth',
};

async function currentCode(c: TestClient, email = EMAIL): Promise<string> {
  return str(await c.get(`/__emulator/accounts/${encodeURIComponent(email)}/totp-code`), 'code');
}

/** An account with two-step authentication on (control API) and its backup codes. */
async function twoStepAccount(c: TestClient) {
  await c.createAccount({ email: EMAIL, password: PASSWORD });
  const on = await c.post(`/__emulator/accounts/${encodeURIComponent(EMAIL)}/totp`, {});
  expect(on.status).toBe(200);
  return on.data as { secret: string; recoveryCodes: string[] };
}

async function login(c: TestClient, extra: Record<string, unknown> = {}) {
  const r = await c.post('/v1/account/login?keys=true', {
    email: EMAIL,
    authPW: onepwV1(EMAIL, PASSWORD).authPW,
    ...extra,
  });
  expect(r.status).toBe(200);
  return r;
}

contractSuite('two-step authentication', (client) => {
  it('setup: create → QR data URL and secret → code → backup codes → complete makes the session AAL2', async () => {
    const c = client();
    const { sessionToken } = await c.signUp(EMAIL, PASSWORD);
    const auth = c.bearer(sessionToken);
    expect((await c.get('/v1/totp/exists', auth)).body).toEqual({ exists: false, verified: false });

    const created = await c.post('/v1/totp/create', {}, auth);
    expect(created.status).toBe(200);
    expect(str(created, 'qrCodeUrl')).toMatch(/^data:image\/png;base64,/);
    const secret = str(created, 'secret');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    // A restarted setup keeps the secret the user may already have scanned.
    expect(str(await c.post('/v1/totp/create', {}, auth), 'secret')).toBe(secret);

    const nowSec = Math.floor(Number((await c.get('/__emulator/clock')).body.now) / 1000);
    const wrongCode = (Number(await totpCode(secret, nowSec)) + 500_000) % 1_000_000;
    const wrong = await c.post(
      '/v1/totp/setup/verify',
      { code: String(wrongCode).padStart(6, '0') },
      auth,
    );
    expect(wrong.body).toMatchObject({ errno: 152 });
    // Not complete before a code is confirmed.
    expect((await c.post('/v1/totp/setup/complete', {}, auth)).body).toMatchObject({
      errno: 152,
    });
    const verified = await c.post('/v1/totp/setup/verify', { code: await currentCode(c) }, auth);
    expect(verified.body).toEqual({ success: true });

    const codes = ['abcdefgh12', 'bcdefgh123', 'cdefgh1234'];
    expect((await c.post('/v1/recoveryCodes', { recoveryCodes: codes }, auth)).body).toEqual({
      success: true,
    });
    const bad = await c.post('/v1/recoveryCodes', { recoveryCodes: ['short'] }, auth);
    expect(bad.body).toMatchObject({ errno: 107 });
    expect((await c.post('/v1/totp/setup/complete', {}, auth)).body).toEqual({ success: true });

    expect((await c.get('/v1/totp/exists', auth)).body).toEqual({ exists: true, verified: true });
    expect((await c.get('/v1/recoveryCodes/exists', auth)).body).toEqual({
      hasBackupCodes: true,
      count: 3,
    });
    const status = await c.get('/v1/session/status', auth);
    expect(status.body).toMatchObject({
      details: { sessionVerificationMethod: 'totp-2fa', sessionVerificationMeetsMinimumAAL: true },
    });
    // Already on: a second setup is refused (154), and so is an "initial" set of codes.
    expect((await c.post('/v1/totp/create', {}, auth)).body).toMatchObject({ errno: 154 });
    expect((await c.post('/v1/recoveryCodes', { recoveryCodes: codes }, auth)).body).toMatchObject({
      errno: 154,
    });
    // The AAL2 session may replace them.
    const replaced = await c.call('PUT', '/v1/recoveryCodes', {
      json: { recoveryCodes: ['zzzzzzzz99'] },
      headers: auth,
    });
    expect(replaced.body).toEqual({ success: true });
  });

  it('login of a TOTP account: totp-2fa, no emailed code, AAL1 refused (222) until a code', async () => {
    const c = client();
    await twoStepAccount(c);
    const r = await login(c);
    expect(r.body).toMatchObject({
      verified: false,
      sessionVerified: false,
      verificationMethod: 'totp-2fa',
      verificationReason: 'login',
    });
    expect((await c.get(`/__emulator/emails/${EMAIL}`)).data).toEqual([]);
    const auth = c.bearer(str(r, 'sessionToken'));
    expect((await c.get('/v1/account', auth)).body).toMatchObject({ errno: 138 });

    // A wrong code is 200 {success: false}, and the session stays unverified.
    const wrong = await c.post('/v1/session/verify/totp', { code: '000000' }, auth);
    const right = await currentCode(c);
    if (right !== '000000') expect(wrong.body).toEqual({ success: false });
    const ok = await c.post('/v1/session/verify/totp', { code: right, service: 'sync' }, auth);
    expect(ok.body).toEqual({ success: true });
    expect((await c.get('/v1/account', auth)).status).toBe(200);
    // Its keys come (keyFetchToken follows the session's verification).
    const keys = await c.get(
      '/v1/account/keys',
      c.bearer(str(r, 'keyFetchToken'), 'keyFetchToken'),
    );
    expect(keys.status).toBe(200);
  });

  it('an email-verified session of a TOTP account is below the account AAL: 222', async () => {
    const c = client();
    const { sessionToken } = await c.signUp(EMAIL, PASSWORD);
    await c.post(`/__emulator/accounts/${encodeURIComponent(EMAIL)}/totp`, {});
    const r = await c.get('/v1/account', c.bearer(sessionToken));
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ errno: 222 });
    const status = await c.get('/v1/session/status', c.bearer(sessionToken));
    expect(status.body).toMatchObject({ details: { sessionVerificationMeetsMinimumAAL: false } });
  });

  it('backup codes: each works once (156 after), the count goes down, and they verify the session', async () => {
    const c = client();
    const { recoveryCodes } = await twoStepAccount(c);
    const first = c.bearer(str(await login(c), 'sessionToken'));
    const unknown = await c.post('/v1/session/verify/recoveryCode', { code: 'nonexist00' }, first);
    expect(unknown.body).toMatchObject({
      errno: 156,
      message: 'Backup authentication code not found.',
    });
    const used = recoveryCodes[0] as string;
    const ok = await c.post('/v1/session/verify/recoveryCode', { code: used.toUpperCase() }, first);
    expect(ok.body).toEqual({ remaining: 7 });
    expect((await c.get('/v1/account', first)).status).toBe(200);
    expect((await c.get('/v1/session/status', first)).body).toMatchObject({
      details: { sessionVerificationMethod: 'recovery-code' },
    });

    const second = c.bearer(str(await login(c), 'sessionToken'));
    const again = await c.post('/v1/session/verify/recoveryCode', { code: used }, second);
    expect(again.body).toMatchObject({ errno: 156 });
    expect((await c.get('/v1/recoveryCodes/exists', second)).body).toEqual({
      hasBackupCodes: true,
      count: 7,
    });
  });

  it('login asking for totp-2fa without two-step authentication: 160', async () => {
    const c = client();
    await c.createAccount({ email: EMAIL, password: PASSWORD });
    const r = await c.post('/v1/account/login', {
      email: EMAIL,
      authPW: onepwV1(EMAIL, PASSWORD).authPW,
      verificationMethod: 'totp-2fa',
    });
    expect(r.body).toMatchObject({ errno: 160 });
  });

  it('acr_values=AAL2: 170 for a one-step session, a code after the second step, id token acr AAL2', async () => {
    const c = client();
    const { sessionToken } = await c.signIn('demo@example.com', 'demo-password');
    const ask = (token: string) =>
      c.post(
        '/v1/oauth/authorization',
        {
          client_id: TRUSTED.id,
          state: 'st4te',
          scope: 'profile openid',
          redirect_uri: TRUSTED.redirect,
          acr_values: 'AAL2',
        },
        c.bearer(token),
      );
    const refused = await ask(sessionToken);
    expect(refused.body).toMatchObject({ errno: 170, foundValue: '1' });

    await twoStepAccount(c);
    const r = await login(c);
    const token = str(r, 'sessionToken');
    expect((await ask(token)).body).toMatchObject({ errno: 138 });
    await c.post('/v1/session/verify/totp', { code: await currentCode(c) }, c.bearer(token));
    const minted = await ask(token);
    expect(minted.status).toBe(200);
    const tokens = await c.call('POST', '/v1/token', {
      form: {
        grant_type: 'authorization_code',
        client_id: TRUSTED.id,
        client_secret: TRUSTED.secret,
        code: str(minted, 'code'),
      },
    });
    const claims = decodeJwt(str(tokens, 'id_token'));
    expect(claims).toMatchObject({ acr: 'AAL2', 'fxa-aal': 2, amr: ['pwd', 'otp'] });
  });

  it('step-up twins: /mfa/totp/* with a 2fa JWT; replace the authenticator and the codes; destroy turns it off', async () => {
    const c = client();
    const { sessionToken } = await c.signUp(EMAIL, PASSWORD);
    const jwt = await c.stepUp(sessionToken, EMAIL, '2fa');
    const bearer = { authorization: `Bearer ${jwt}` };
    // Another scope's JWT is refused (403).
    const emailJwt = await c.stepUp(sessionToken, EMAIL, 'email');
    const wrongScope = await c.post(
      '/v1/mfa/totp/create',
      {},
      { authorization: `Bearer ${emailJwt}` },
    );
    expect(wrongScope.status).toBe(403);

    const created = await c.post('/v1/mfa/totp/create', {}, bearer);
    expect(str(created, 'qrCodeUrl')).toMatch(/^data:image\/png;base64,/);
    const verify = await c.post(
      '/v1/mfa/totp/setup/verify',
      { code: await currentCode(c) },
      bearer,
    );
    expect(verify.body).toEqual({ success: true });
    const codes = ['abcdefgh12', 'bcdefgh123'];
    expect((await c.post('/v1/mfa/recoveryCodes', { recoveryCodes: codes }, bearer)).body).toEqual({
      success: true,
    });
    expect((await c.post('/v1/mfa/totp/setup/complete', {}, bearer)).body).toEqual({
      success: true,
    });
    // The JWT's session did the second step: it stays usable at the account's new AAL.
    const replaced = await c.call('PUT', '/v1/mfa/recoveryCodes', {
      json: { recoveryCodes: ['yyyyyyyy88'] },
      headers: bearer,
    });
    expect(replaced.body).toEqual({ success: true });
    expect((await c.get('/v1/recoveryCodes/exists', c.bearer(sessionToken))).body).toEqual({
      hasBackupCodes: true,
      count: 1,
    });

    const start = await c.post('/v1/mfa/totp/replace/start', {}, bearer);
    const newSecret = str(start, 'secret');
    const oldCode = await currentCode(c);
    const nowSec = Math.floor(Number((await c.get('/__emulator/clock')).body.now) / 1000);
    const newCode = await totpCode(newSecret, nowSec);
    if (newCode !== oldCode) {
      const wrong = await c.post('/v1/mfa/totp/replace/confirm', { code: oldCode }, bearer);
      expect(wrong.body).toMatchObject({ errno: 152 });
    }
    const confirmed = await c.post('/v1/mfa/totp/replace/confirm', { code: newCode }, bearer);
    expect(confirmed.body).toEqual({ success: true });
    // The new authenticator's code signs in (one step of tolerance covers a step boundary).
    const signin = c.bearer(str(await login(c), 'sessionToken'));
    expect((await c.post('/v1/session/verify/totp', { code: newCode }, signin)).body).toEqual({
      success: true,
    });

    expect((await c.post('/v1/mfa/totp/destroy', {}, bearer)).body).toEqual({});
    expect((await c.get('/v1/totp/exists', c.bearer(sessionToken))).body).toEqual({
      exists: false,
      verified: false,
    });
    expect((await c.get('/v1/recoveryCodes/exists', c.bearer(sessionToken))).body).toEqual({
      hasBackupCodes: false,
      count: 0,
    });
    // The next login needs no second step.
    const next = await login(c);
    expect(next.body.verificationMethod).not.toBe('totp-2fa');
  });
});
