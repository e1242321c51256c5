// Contract: the second step of a password reset for an account with two-step authentication,
// against both transports. Upstream: lib/routes/totp.js (/totp/verify, /totp/verify/recoveryCode
// with the passwordForgotToken), password.ts (verify_code carries the method), account.ts (reset);
// reference recovery-2fa-mfa.md §1.1–1.4.

import { expect, it } from 'vitest';
import { contractSuite } from './testing/contract.testutil.ts';
import { str, type TestClient } from './testing/fxa-client.testutil.ts';
import { onepwV1 } from './testing/node-crypto.testutil.ts';

const EMAIL = 'two-step-reset@example.com';
const NEW = 'a brand new password';
const path = (p: string) => `/__emulator/accounts/${encodeURIComponent(EMAIL)}/${p}`;

async function twoStepForgot(c: TestClient) {
  await c.signUp(EMAIL, 'the old password');
  const codes = (await c.post(path('totp'), {})).body.recoveryCodes as string[];
  await c.post('/v1/password/forgot/send_otp', { email: EMAIL });
  const verified = await c.post('/v1/password/forgot/verify_otp', {
    email: EMAIL,
    code: await c.lastCode(EMAIL),
  });
  return { token: str(verified, 'token'), passCode: str(verified, 'code'), codes };
}

async function resetWith(c: TestClient, token: string, passCode: string) {
  const made = await c.hawkPost(
    '/v1/password/forgot/verify_code',
    token,
    { code: passCode },
    'passwordForgotToken',
  );
  const art = str(made, 'accountResetToken');
  return c.hawkPost(
    '/v1/account/reset',
    art,
    { authPW: onepwV1(EMAIL, NEW).authPW, sessionToken: true },
    'accountResetToken',
  );
}

contractSuite('password reset with two-step authentication', (client) => {
  it('/totp/verify: a wrong code is 200 {success:false}; the right one leads to an AAL2 session', async () => {
    const c = client();
    const { token, passCode } = await twoStepForgot(c);
    const auth = c.bearer(token, 'passwordForgotToken');
    const now = str(await c.get(path('totp-code')), 'code');
    const wrong = now === '000000' ? '111111' : '000000';
    expect((await c.post('/v1/totp/verify', { code: wrong }, auth)).body).toEqual({
      success: false,
    });
    const bad = await c.post('/v1/totp/verify', { code: 'abc' }, auth);
    expect(bad.body).toMatchObject({ code: 400, errno: 107 });
    expect((await c.post('/v1/totp/verify', { code: now }, auth)).body).toEqual({ success: true });

    const reset = await resetWith(c, token, passCode);
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ verified: true });
    const status = await c.get('/v1/session/status', c.bearer(str(reset, 'sessionToken')));
    expect(status.body).toMatchObject({
      state: 'verified',
      details: { sessionVerificationMethod: 'totp-2fa', sessionVerificationMeetsMinimumAAL: true },
    });
  });

  it('/totp/verify/recoveryCode: uses a backup code once (156 after, and for a made-up one)', async () => {
    const c = client();
    const { token, passCode, codes } = await twoStepForgot(c);
    const auth = c.bearer(token, 'passwordForgotToken');
    const unknown = await c.post('/v1/totp/verify/recoveryCode', { code: 'nonexist00' }, auth);
    expect(unknown.body).toMatchObject({
      code: 400,
      errno: 156,
      message: 'Backup authentication code not found.',
    });
    const used = codes[0] as string;
    const ok = await c.post('/v1/totp/verify/recoveryCode', { code: used }, auth);
    expect(ok.body).toEqual({ remaining: 7 });
    const again = await c.post('/v1/totp/verify/recoveryCode', { code: used }, auth);
    expect(again.body).toMatchObject({ errno: 156 });

    const reset = await resetWith(c, token, passCode);
    const status = await c.get('/v1/session/status', c.bearer(str(reset, 'sessionToken')));
    expect(status.body).toMatchObject({
      details: {
        sessionVerificationMethod: 'recovery-code',
        sessionVerificationMeetsMinimumAAL: true,
      },
    });
  });

  it('without the second step the reset gives a session that still needs the authenticator', async () => {
    const c = client();
    const { token, passCode } = await twoStepForgot(c);
    const reset = await resetWith(c, token, passCode);
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({
      verified: false,
      verificationMethod: 'totp-2fa',
      verificationReason: 'login',
    });
    const session = c.bearer(str(reset, 'sessionToken'));
    expect((await c.get('/v1/account', session)).body).toMatchObject({ errno: 138 });
  });

  it('needs the passwordForgotToken: a session token is refused', async () => {
    const c = client();
    const { sessionToken } = await c.signUp(EMAIL, 'the old password');
    const r = await c.post('/v1/totp/verify', { code: '123456' }, c.bearer(sessionToken));
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ errno: 110 });
  });
});
