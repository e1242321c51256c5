// Contract: calls Mozilla's own auth client (packages/fxa-auth-client/lib/client.ts) makes, with
// the request shapes it sends, where the emulator once answered differently from upstream. Each
// test failed on the emulator before the fix it names.

import { expect, it } from 'vitest';
import { contractSuite } from './testing/contract.testutil.ts';
import { str, type TestClient } from './testing/fxa-client.testutil.ts';
import { onepwV1, unbundle, xorHex } from './testing/node-crypto.testutil.ts';

const sessionId = (c: TestClient, token: string) =>
  c.bearer(token).authorization?.slice('Bearer fxs_'.length);

/** /password/change/start + keys: what /password/change/finish needs to keep kB. */
async function startChange(c: TestClient, email: string, password: string, unwrapBKey: string) {
  const start = await c.post('/v1/password/change/start', {
    email,
    oldAuthPW: onepwV1(email, password).authPW,
  });
  const kft = str(start, 'keyFetchToken');
  const keys = await c.get('/v1/account/keys', c.bearer(kft, 'keyFetchToken'));
  const kB = xorHex(unbundle(str(keys, 'bundle'), kft).wrapKB, unwrapBKey);
  return { passwordChangeToken: str(start, 'passwordChangeToken'), kB };
}

contractSuite('drifts found with fxa-auth-client', (client) => {
  it('a password change from an unconfirmed session returns an unconfirmed session', async () => {
    const c = client();
    const email = 'unconfirmed.change@example.com';
    const { unwrapBKey } = await c.signUp(email, 'old password');
    // A new sign-in waits for its emailed code: this session is not confirmed.
    const login = await c.post('/v1/account/login', {
      email,
      authPW: onepwV1(email, 'old password').authPW,
    });
    expect(login.body).toMatchObject({ sessionVerified: false });
    const unconfirmed = str(login, 'sessionToken');
    const { passwordChangeToken, kB } = await startChange(c, email, 'old password', unwrapBKey);
    const next = onepwV1(email, 'new password');
    const finish = await c.hawkPost(
      '/v1/password/change/finish',
      passwordChangeToken,
      {
        authPW: next.authPW,
        wrapKb: xorHex(kB, next.unwrapBKey),
        sessionToken: sessionId(c, unconfirmed),
      },
      'passwordChangeToken',
    );
    expect(finish.status).toBe(200);
    expect(finish.body).toMatchObject({ verified: false });
    const status = await c.get('/v1/session/status', c.bearer(str(finish, 'sessionToken')));
    expect(status.body).toMatchObject({ state: 'unverified' });
    // Still a session that sensitive routes refuse until the login code is confirmed.
    const emails = await c.get('/v1/recovery_emails', c.bearer(str(finish, 'sessionToken')));
    expect(emails.body).toMatchObject({ errno: 138 });
  });

  it('GET /account/status with a session answers for that session (no uid needed)', async () => {
    const c = client();
    const { sessionToken } = await c.signUp('status@example.com', 'a password');
    const r = await c.get('/v1/account/status', c.bearer(sessionToken));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ exists: true });
    const byUid = await c.get('/v1/account/status');
    expect(byUid.body).toMatchObject({ errno: 108 });
  });

  it('/session/reauth names the original (sign-up) and the primary email', async () => {
    const c = client();
    const email = 'reauth@example.com';
    const { sessionToken } = await c.signUp(email, 'a password');
    const r = await c.post(
      '/v1/session/reauth',
      { email, authPW: onepwV1(email, 'a password').authPW },
      c.bearer(sessionToken),
    );
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ originalEmail: email, primaryEmail: email, verified: true });
  });

  it('accepts exclude_dau on /oauth/token and sendSigninVerificationEmail on /account/login', async () => {
    const c = client();
    const email = 'options@example.com';
    const { sessionToken } = await c.signUp(email, 'a password');
    const token = await c.post(
      '/v1/oauth/token',
      {
        grant_type: 'fxa-credentials',
        client_id: '5882386c6d801776',
        scope: 'profile',
        exclude_dau: true,
      },
      c.bearer(sessionToken),
    );
    expect(token.status).toBe(200);
    const before = (await c.get(`/__emulator/emails/${email}`)).data as unknown[];
    const login = await c.post('/v1/account/login', {
      email,
      authPW: onepwV1(email, 'a password').authPW,
      sendSigninVerificationEmail: false,
    });
    expect(login.status).toBe(200);
    // The client sends the code itself when it shows the code screen.
    expect((await c.get(`/__emulator/emails/${email}`)).data).toHaveLength(before.length);
    const resend = await c.post(
      '/v1/session/resend_code',
      {},
      c.bearer(str(login, 'sessionToken')),
    );
    expect(resend.status).toBe(200);
    expect((await c.get(`/__emulator/emails/${email}`)).data).toHaveLength(before.length + 1);
  });

  it('the v1→v2 upgrade at sign-in keeps the session the sign-in returned', async () => {
    const c = client();
    const email = 'upgrade@example.com';
    const { unwrapBKey } = await c.signUp(email, 'a password');
    const { sessionToken } = await c.signIn(email, 'a password');
    const { passwordChangeToken, kB } = await startChange(c, email, 'a password', unwrapBKey);
    const same = onepwV1(email, 'a password');
    const clientSalt = `identity.mozilla.com/picl/v1/quickStretchV2:${'0123456789abcdef'.repeat(2)}`;
    const finish = await c.hawkPost(
      '/v1/password/change/finish',
      passwordChangeToken,
      {
        authPW: same.authPW,
        wrapKb: xorHex(kB, same.unwrapBKey),
        authPWVersion2: 'ab'.repeat(32),
        wrapKbVersion2: xorHex(kB, 'cd'.repeat(32)),
        clientSalt,
        sessionToken: sessionId(c, sessionToken),
      },
      'passwordChangeToken',
    );
    expect(finish.status).toBe(200);
    // Upstream's client goes on with the sign-in's session (client.ts signIn ignores the answer).
    const status = await c.get('/v1/session/status', c.bearer(sessionToken));
    expect(status.body).toMatchObject({ state: 'verified' });
  });

  it('refuses the session-token email routes removed by mozilla/fxa#19845 (404, errno 999)', async () => {
    const c = client();
    const { sessionToken } = await c.signUp('removed@example.com', 'a password');
    for (const path of [
      '/v1/recovery_email',
      '/v1/recovery_email/destroy',
      '/v1/recovery_email/set_primary',
      '/v1/recovery_email/secondary/verify_code',
      '/v1/recovery_email/secondary/resend_code',
    ]) {
      const r = await c.post(
        path,
        { email: 'x@example.com', code: '123456' },
        c.bearer(sessionToken),
      );
      expect({ path, status: r.status, errno: r.body.errno }).toEqual({
        path,
        status: 404,
        errno: 999,
      });
    }
  });
});
