// Contract: step-up verification (mozilla/fxa `lib/routes/mfa.ts`, strategy
// `lib/routes/auth-schemes/mfa.ts`, test `functional-tests/tests/misc/mfa.spec.ts`): the emailed
// 6-digit code, the JWT it buys, and how `/mfa/*` routes refuse a wrong one.

import { decodeJwt, decodeProtectedHeader } from 'jose';
import { expect, it } from 'vitest';
import { contractSuite } from './testing/contract.testutil.ts';
import { type Reply, str, type TestClient } from './testing/fxa-client.testutil.ts';

type Client = TestClient;

async function verifiedSession(c: Client, email: string) {
  const created = await c.createAccount({ email, password: 'a password', session: true });
  return { uid: str(created, 'uid'), sessionToken: str(created, 'sessionToken') };
}

async function lastMail(c: Client, email: string) {
  return (await c.get(`/__emulator/emails/${encodeURIComponent(email)}/last`)).body;
}

const jwtAuth = (jwt: string) => ({ authorization: `Bearer ${jwt}` });
const addEmail = (c: Client, jwt: string, email: string): Promise<Reply> =>
  c.post('/v1/mfa/recovery_email', { email }, jwtAuth(jwt));

contractSuite('mfa step-up', (client) => {
  it('emails a code to the primary address and trades it for a JWT scoped to the action', async () => {
    const c = client();
    const email = 'step.up@example.com';
    const { uid, sessionToken } = await verifiedSession(c, email);

    const asked = await c.post('/v1/mfa/otp/request', { action: 'email' }, c.bearer(sessionToken));
    expect(asked.status).toBe(200);
    expect(asked.body).toEqual({ status: 'success' });
    const mail = await lastMail(c, email);
    expect(mail).toMatchObject({ kind: 'verify-account-change', to: email, uid });
    const code = String(mail.code);
    expect(code).toMatch(/^\d{6}$/);

    const wrong = code === '000000' ? '111111' : '000000';
    const bad = await c.post(
      '/v1/mfa/otp/verify',
      { code: wrong, action: 'email' },
      c.bearer(sessionToken),
    );
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ errno: 183, message: 'Invalid or expired confirmation code' });
    // The code is bound to the action it was asked for.
    const otherAction = await c.post(
      '/v1/mfa/otp/verify',
      { code, action: 'password' },
      c.bearer(sessionToken),
    );
    expect(otherAction.body).toMatchObject({ errno: 183 });

    const ok = await c.post(
      '/v1/mfa/otp/verify',
      { code, action: 'email' },
      c.bearer(sessionToken),
    );
    expect(ok.status).toBe(200);
    expect(Object.keys(ok.body)).toEqual(['accessToken']);
    const jwt = str(ok, 'accessToken');
    expect(decodeProtectedHeader(jwt)).toMatchObject({ alg: 'HS256' });
    const claims = decodeJwt(jwt);
    expect(claims).toMatchObject({
      sub: uid,
      scope: ['mfa:email'],
      aud: 'fxa',
      iss: 'accounts.firefox.com',
    });
    expect(claims.exp).toBe((claims.iat ?? 0) + 600);
    expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(claims.stid).toMatch(/^[0-9a-f]{64}$/);

    expect((await addEmail(c, jwt, 'second@example.com')).status).toBe(200);
  });

  it('binds the code to the session that asked for it, and expires it after 5 minutes', async () => {
    const c = client();
    const email = 'bound@example.com';
    const first = await verifiedSession(c, email);
    const second = await c.signIn(email, 'a password');
    await c.post('/v1/mfa/otp/request', { action: 'email' }, c.bearer(first.sessionToken));
    const code = await c.lastCode(email);
    const elsewhere = await c.post(
      '/v1/mfa/otp/verify',
      { code, action: 'email' },
      c.bearer(second.sessionToken),
    );
    expect(elsewhere.body).toMatchObject({ errno: 183 });

    await c.post('/__emulator/clock', { advanceMs: 5 * 60 * 1000 + 1000 });
    const late = await c.post(
      '/v1/mfa/otp/verify',
      { code, action: 'email' },
      c.bearer(first.sessionToken),
    );
    expect(late.body).toMatchObject({ errno: 183 });
  });

  it('validates the request as upstream: known actions, 6 digits, no unknown fields', async () => {
    const c = client();
    const { sessionToken } = await verifiedSession(c, 'fields@example.com');
    const auth = c.bearer(sessionToken);
    const cases: [string, unknown, number][] = [
      ['/v1/mfa/otp/request', {}, 108],
      ['/v1/mfa/otp/request', { action: 'delete_account' }, 107],
      ['/v1/mfa/otp/request', { action: 'email', extra: 1 }, 107],
      ['/v1/mfa/otp/verify', { code: '12345', action: 'email' }, 107],
      ['/v1/mfa/otp/verify', { code: '12345a', action: 'email' }, 107],
      ['/v1/mfa/otp/verify', { code: '123456' }, 108],
    ];
    for (const [path, body, errno] of cases) {
      const r = await c.post(path, body, auth);
      expect({ path, body, status: r.status, errno: r.body.errno }).toEqual({
        path,
        body,
        status: 400,
        errno,
      });
    }
  });

  it('needs a verified session: none is 110, an unconfirmed one is 138', async () => {
    const c = client();
    const none = await c.post('/v1/mfa/otp/request', { action: 'email' });
    expect(none).toMatchObject({ status: 401, body: { errno: 110 } });
    const created = await c.createAccount({
      email: 'unconfirmed@example.com',
      password: 'a password',
      session: { verified: false },
    });
    const r = await c.post(
      '/v1/mfa/otp/request',
      { action: 'email' },
      c.bearer(str(created, 'sessionToken')),
    );
    expect(r).toMatchObject({ status: 400, body: { errno: 138 } });
  });

  it('the mfa strategy: bearer JWT required, scope checked (403), expiry (223), session alive', async () => {
    const c = client();
    const email = 'strategy@example.com';
    const { sessionToken } = await verifiedSession(c, email);

    const missing = await c.post('/v1/mfa/recovery_email', { email: 'a@example.com' });
    expect(missing).toMatchObject({ status: 401, body: { errno: 110 } });
    // A session token is not a step-up JWT.
    const session = await c.post(
      '/v1/mfa/recovery_email',
      { email: 'a@example.com' },
      c.bearer(sessionToken),
    );
    expect(session).toMatchObject({ status: 401, body: { errno: 223 } });

    const passwordJwt = await c.stepUp(sessionToken, email, 'password');
    const scope = await addEmail(c, passwordJwt, 'a@example.com');
    expect(scope.status).toBe(403);
    expect(scope.body).toMatchObject({
      errno: 999,
      error: 'Forbidden',
      message: 'Insufficient scope',
      data: { got: ['mfa:password'], need: [{ selection: ['mfa:email'] }] },
    });

    const jwt = await c.stepUp(sessionToken, email, 'email');
    const [head, body, sig = ''] = jwt.split('.');
    const forged = `${head}.${body}.${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await addEmail(c, forged, 'a@example.com')).toMatchObject({
      status: 401,
      body: { errno: 223, message: 'Invalid or expired MFA token' },
    });

    await c.post('/__emulator/clock', { advanceMs: 601 * 1000 });
    expect(await addEmail(c, jwt, 'a@example.com')).toMatchObject({
      status: 401,
      body: { errno: 223 },
    });

    // A JWT dies with the session it was issued to.
    const fresh = await c.stepUp(sessionToken, email, 'email');
    await c.post('/v1/session/destroy', {}, c.bearer(sessionToken));
    expect(await addEmail(c, fresh, 'a@example.com')).toMatchObject({
      status: 401,
      body: { errno: 110 },
    });
  });
});
