// Contract: accounts, sessions and keys, identical over MSW and the real HTTP server.

import { expect, it } from 'vitest';
import { contractSuite } from './testing/contract.testutil.ts';
import { str } from './testing/fxa-client.testutil.ts';
import { onepwV1, unbundle, xorHex } from './testing/node-crypto.testutil.ts';

contractSuite('accounts', (client) => {
  it('create → emailed code → verified session, and /account/keys unwraps kB once', async () => {
    const c = client();
    const email = 'new.user@example.com';
    const { authPW, unwrapBKey } = onepwV1(email, 'a long password');
    const created = await c.post('/v1/account/create?keys=true', { email, authPW });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ verificationMethod: 'email-otp' });
    const sessionToken = str(created, 'sessionToken');
    const keyFetchToken = str(created, 'keyFetchToken');

    const before = await c.get('/v1/session/status', c.bearer(sessionToken));
    expect(before.body).toMatchObject({
      state: 'unverified',
      details: { accountEmailVerified: false, sessionVerified: false },
    });
    // Keys wait for confirmation (errno 104) and the token survives that refusal.
    const early = await c.get('/v1/account/keys', c.bearer(keyFetchToken, 'keyFetchToken'));
    expect(early.body).toMatchObject({ code: 400, errno: 104 });

    const bad = await c.post('/v1/session/verify_code', { code: '000000' }, c.bearer(sessionToken));
    const code = await c.lastCode(email);
    expect(code).toMatch(/^\d{6}$/);
    if (code !== '000000') expect(bad.body).toMatchObject({ errno: 183 });
    const ok = await c.post('/v1/session/verify_code', { code }, c.bearer(sessionToken));
    expect(ok.status).toBe(200);

    const after = await c.get('/v1/session/status', c.bearer(sessionToken));
    expect(after.body).toMatchObject({ state: 'verified', uid: str(created, 'uid') });

    const keys = await c.hawkGet('/v1/account/keys', keyFetchToken, 'keyFetchToken');
    expect(keys.status).toBe(200);
    const { kA, wrapKB } = unbundle(str(keys, 'bundle'), keyFetchToken);
    expect(kA).toMatch(/^[0-9a-f]{64}$/);

    // The same kB comes back through a fresh login with keys.
    const login = await c.post('/v1/account/login?keys=true', { email, authPW });
    const again = await c.post(
      '/v1/session/verify_code',
      { code: await c.lastCode(email) },
      c.bearer(str(login, 'sessionToken')),
    );
    expect(again.status).toBe(200);
    const keyFetchToken2 = str(login, 'keyFetchToken');
    const keys2 = await c.get('/v1/account/keys', c.bearer(keyFetchToken2, 'keyFetchToken'));
    const second = unbundle(str(keys2, 'bundle'), keyFetchToken2);
    expect(xorHex(second.wrapKB, unwrapBKey)).toBe(xorHex(wrapKB, unwrapBKey));
    expect(second.kA).toBe(kA);

    // keyFetchTokens are single use.
    const reused = await c.get('/v1/account/keys', c.bearer(keyFetchToken, 'keyFetchToken'));
    expect(reused.body).toMatchObject({ code: 401, errno: 110 });
  });

  it('refuses a second account for the same address (101), whatever the case', async () => {
    const c = client();
    await c.signUp('taken@example.com', 'password one');
    const { authPW } = onepwV1('Taken@Example.com', 'password two');
    const r = await c.post('/v1/account/create', { email: 'Taken@Example.com', authPW });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ errno: 101, email: 'Taken@Example.com' });
  });

  it('login: unknown account 102, wrong password 103', async () => {
    const c = client();
    const unknown = await c.post('/v1/account/login', {
      email: 'nobody@example.com',
      authPW: onepwV1('nobody@example.com', 'x').authPW,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 400, errno: 102, message: 'Unknown account' });

    const wrong = await c.post('/v1/account/login', {
      email: 'demo@example.com',
      authPW: onepwV1('demo@example.com', 'not the password').authPW,
    });
    expect(wrong.body).toMatchObject({
      code: 400,
      errno: 103,
      error: 'Bad Request',
      message: 'Incorrect password',
      email: 'demo@example.com',
    });
    expect(wrong.body.info).toMatch(/^https:\/\//);
  });

  it('login with another case of the sign-up email: 120 with the stored email, then success', async () => {
    const c = client();
    const made = await c.createAccount({ email: 'Mixed.Case@Example.com', password: 'pässwörd' });
    expect(made.status).toBe(201);
    const typed = 'mixed.case@example.com';
    const first = await c.post('/v1/account/login', {
      email: typed,
      authPW: onepwV1(typed, 'pässwörd').authPW,
    });
    expect(first.body).toMatchObject({ errno: 120, email: 'Mixed.Case@Example.com' });
    // The client re-derives with the stored email (the onepw salt) and retries.
    const retry = await c.post('/v1/account/login', {
      email: 'Mixed.Case@Example.com',
      authPW: onepwV1('Mixed.Case@Example.com', 'pässwörd').authPW,
      originalLoginEmail: typed,
    });
    expect(retry.status).toBe(200);
  });

  it('login sessions stay unverified until the emailed login code', async () => {
    const c = client();
    const { authPW } = onepwV1('demo@example.com', 'demo-password');
    const login = await c.post('/v1/account/login', { email: 'demo@example.com', authPW });
    expect(login.body).toMatchObject({
      verified: false,
      emailVerified: true,
      sessionVerified: false,
      verificationMethod: 'email-otp',
      verificationReason: 'login',
    });
    const token = str(login, 'sessionToken');
    // Settings data needs a verified session (138).
    const account = await c.get('/v1/account', c.bearer(token));
    expect(account.body).toMatchObject({ code: 400, errno: 138 });
    const resend = await c.post('/v1/session/resend_code', {}, c.bearer(token));
    expect(resend.status).toBe(200);
    const code = await c.lastCode('demo@example.com');
    await c.post('/v1/session/verify_code', { code }, c.bearer(token));
    const ok = await c.get('/v1/account', c.bearer(token));
    expect(ok.status).toBe(200);
    expect(ok.body.emails).toEqual([
      { email: 'demo@example.com', isPrimary: true, verified: true },
    ]);
  });

  it('login verification can be switched off through the control API', async () => {
    const c = client();
    const patch = await c.call('PATCH', '/__emulator/config', {
      json: { loginVerification: false },
    });
    expect(patch.body).toEqual({ loginVerification: false });
    const { authPW } = onepwV1('demo@example.com', 'demo-password');
    const login = await c.post('/v1/account/login', { email: 'demo@example.com', authPW });
    expect(login.body).toMatchObject({ verified: true, sessionVerified: true });
  });

  it('validates bodies as upstream: missing 108, invalid 107, unknown key 107, bad JSON 106', async () => {
    const c = client();
    const missing = await c.post('/v1/account/login', { email: 'demo@example.com' });
    expect(missing.body).toMatchObject({ errno: 108, param: 'authPW' });
    const invalid = await c.post('/v1/account/login', { email: 'demo@example.com', authPW: 'xyz' });
    expect(invalid.body).toMatchObject({ errno: 107, validation: { keys: ['authPW'] } });
    const extra = await c.post('/v1/account/status', { email: 'demo@example.com', evil: 1 });
    expect(extra.body).toMatchObject({ errno: 107, validation: { keys: ['evil'] } });
    const json = await c.call('POST', '/v1/account/status', {
      body: '{"email":',
      contentType: 'application/json',
    });
    expect(json.body).toMatchObject({ code: 400, errno: 106 });
  });

  it('account status and credentials status', async () => {
    const c = client();
    expect((await c.post('/v1/account/status', { email: 'demo@example.com' })).body).toEqual({
      exists: true,
    });
    expect((await c.post('/v1/account/status', { email: 'no@example.com' })).body).toEqual({
      exists: false,
    });
    const creds = await c.post('/v1/account/credentials/status', { email: 'demo@example.com' });
    expect(creds.body).toEqual({ upgradeNeeded: false, currentVersion: 'v1' });
    const unknown = await c.post('/v1/account/credentials/status', { email: 'no@example.com' });
    expect(unknown.body).toMatchObject({ errno: 102 });
  });

  it('account destroy: wrong password 103, then gone with its sessions', async () => {
    const c = client();
    const { sessionToken } = await c.signUp('leaving@example.com', 'goodbye pw');
    const wrong = await c.post(
      '/v1/account/destroy',
      { email: 'leaving@example.com', authPW: onepwV1('leaving@example.com', 'nope').authPW },
      c.bearer(sessionToken),
    );
    expect(wrong.body).toMatchObject({ errno: 103 });
    const ok = await c.post(
      '/v1/account/destroy',
      { email: 'leaving@example.com', authPW: onepwV1('leaving@example.com', 'goodbye pw').authPW },
      c.bearer(sessionToken),
    );
    expect(ok.status).toBe(200);
    const status = await c.get('/v1/session/status', c.bearer(sessionToken));
    expect(status.body).toMatchObject({ code: 401, errno: 110 });
    const exists = await c.post('/v1/account/status', { email: 'leaving@example.com' });
    expect(exists.body).toEqual({ exists: false });
  });

  it('password change keeps kB, revokes old sessions and returns a new one', async () => {
    const c = client();
    const email = 'changer@example.com';
    const { sessionToken, unwrapBKey } = await c.signUp(email, 'old password');
    const oldAuthPW = onepwV1(email, 'old password').authPW;
    const start = await c.post('/v1/password/change/start', { email, oldAuthPW });
    expect(start.status).toBe(200);
    const keyFetchToken = str(start, 'keyFetchToken');
    const keys = await c.get('/v1/account/keys', c.bearer(keyFetchToken, 'keyFetchToken'));
    const kB = xorHex(unbundle(str(keys, 'bundle'), keyFetchToken).wrapKB, unwrapBKey);

    const next = onepwV1(email, 'new password');
    const sessionId = c.bearer(sessionToken).authorization?.slice('Bearer fxs_'.length);
    const finish = await c.hawkPost(
      '/v1/password/change/finish?keys=true',
      str(start, 'passwordChangeToken'),
      { authPW: next.authPW, wrapKb: xorHex(kB, next.unwrapBKey), sessionToken: sessionId },
      'passwordChangeToken',
    );
    expect(finish.status).toBe(200);
    const old = await c.get('/v1/session/status', c.bearer(sessionToken));
    expect(old.body).toMatchObject({ errno: 110 });
    const fresh = await c.get('/v1/session/status', c.bearer(str(finish, 'sessionToken')));
    expect(fresh.body).toMatchObject({ state: 'verified' });
    const kft = str(finish, 'keyFetchToken');
    const newKeys = await c.get('/v1/account/keys', c.bearer(kft, 'keyFetchToken'));
    expect(xorHex(unbundle(str(newKeys, 'bundle'), kft).wrapKB, next.unwrapBKey)).toBe(kB);

    const oldLogin = await c.post('/v1/account/login', { email, authPW: oldAuthPW });
    expect(oldLogin.body).toMatchObject({ errno: 103 });
  });

  it('secondary emails (step-up JWT): add, confirm with the mailed code, make primary, delete', async () => {
    const c = client();
    const { sessionToken } = await c.signUp('first@example.com', 'pw pw pw pw');
    const auth = c.bearer(sessionToken);
    const jwt = {
      authorization: `Bearer ${await c.stepUp(sessionToken, 'first@example.com', 'email')}`,
    };
    expect(
      (await c.post('/v1/mfa/recovery_email', { email: 'first@example.com' }, jwt)).body,
    ).toMatchObject({ errno: 139 });
    expect(
      (await c.post('/v1/mfa/recovery_email', { email: 'demo@example.com' }, jwt)).body,
    ).toMatchObject({ errno: 140 });
    expect(
      (await c.post('/v1/mfa/recovery_email', { email: 'second@example.com' }, jwt)).status,
    ).toBe(200);
    const early = await c.post(
      '/v1/mfa/recovery_email/set_primary',
      { email: 'second@example.com' },
      jwt,
    );
    expect(early.body).toMatchObject({ errno: 147 });
    const first = await c.lastCode('second@example.com');
    const resent = await c.post(
      '/v1/mfa/recovery_email/secondary/resend_code',
      { email: 'second@example.com' },
      jwt,
    );
    expect(resent.status).toBe(200);
    const code = await c.lastCode('second@example.com');
    expect(code).toBe(first);
    const verified = await c.post(
      '/v1/mfa/recovery_email/secondary/verify_code',
      { email: 'second@example.com', code },
      jwt,
    );
    expect(verified.status).toBe(200);
    const list = await c.get('/v1/recovery_emails', auth);
    expect(list.data).toEqual([
      { email: 'first@example.com', isPrimary: true, verified: true },
      { email: 'second@example.com', isPrimary: false, verified: true },
    ]);
    expect(
      (await c.post('/v1/mfa/recovery_email/set_primary', { email: 'second@example.com' }, jwt))
        .status,
    ).toBe(200);
    const primaryDelete = await c.post(
      '/v1/mfa/recovery_email/destroy',
      { email: 'second@example.com' },
      jwt,
    );
    expect(primaryDelete.body).toMatchObject({ errno: 137 });
    expect(
      (await c.post('/v1/mfa/recovery_email/destroy', { email: 'first@example.com' }, jwt)).status,
    ).toBe(200);
  });

  it('key stretching v2: create with both credential sets, log in with either', async () => {
    const c = client();
    const email = 'v2@example.com';
    const v1 = onepwV1(email, 'pw');
    // The server never derives v2 itself: any 32-byte values stand in for authPW/unwrapBKey v2.
    const authPW2 = 'ab'.repeat(32);
    const unwrapBKey2 = 'cd'.repeat(32);
    const kB = 'ef'.repeat(32);
    const clientSalt = `identity.mozilla.com/picl/v1/quickStretchV2:${'0123456789abcdef'.repeat(2)}`;
    const created = await c.post('/v1/account/create', {
      email,
      authPW: v1.authPW,
      authPWVersion2: authPW2,
      wrapKb: xorHex(kB, v1.unwrapBKey),
      wrapKbVersion2: xorHex(kB, unwrapBKey2),
      clientSalt,
      preVerified: true,
    });
    expect(created.status).toBe(200);
    const partial = await c.post('/v1/account/create', {
      email: 'v2b@example.com',
      authPW: v1.authPW,
      authPWVersion2: authPW2,
    });
    expect(partial.body).toMatchObject({ errno: 107 });
    expect((await c.post('/v1/account/credentials/status', { email })).body).toEqual({
      upgradeNeeded: false,
      currentVersion: 'v2',
      clientSalt,
    });
    await c.call('PATCH', '/__emulator/config', { json: { loginVerification: false } });
    const loginV2 = await c.post('/v1/account/login?keys=true', { email, authPW: authPW2 });
    const kft2 = str(loginV2, 'keyFetchTokenVersion2');
    expect(loginV2.body.keyFetchToken).toBeUndefined();
    const keys2 = await c.get('/v1/account/keys', c.bearer(kft2, 'keyFetchToken'));
    expect(xorHex(unbundle(str(keys2, 'bundle'), kft2).wrapKB, unwrapBKey2)).toBe(kB);
    const loginV1 = await c.post('/v1/account/login?keys=true', { email, authPW: v1.authPW });
    const kft1 = str(loginV1, 'keyFetchToken');
    const keys1 = await c.get('/v1/account/keys', c.bearer(kft1, 'keyFetchToken'));
    expect(xorHex(unbundle(str(keys1, 'bundle'), kft1).wrapKB, v1.unwrapBKey)).toBe(kB);
  });
});
