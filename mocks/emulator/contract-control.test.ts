// Contract: the test-only control API — injected faults (security-tests.md §F: 429 + Retry-After,
// 503 + Retry-After, 500, non-JSON 502, latency; per path and for N requests), reset, seeded
// accounts, registered clients and the outbox.

import { expect, it } from 'vitest';
import { contractSuite } from './testing/contract.testutil.ts';
import { str } from './testing/fxa-client.testutil.ts';
import { onepwV1, pkceS256 } from './testing/node-crypto.testutil.ts';

const STATUS = { email: 'demo@example.com' };

contractSuite('control api', (client) => {
  it('429 with errno 114, retryAfter and a readable Retry-After header, for N requests', async () => {
    const c = client();
    const fault = await c.post('/__emulator/faults', {
      path: '/v1/account/status',
      status: 429,
      retryAfter: 17,
      times: 2,
    });
    expect(fault.status).toBe(201);
    for (let i = 0; i < 2; i++) {
      const r = await c.post('/v1/account/status', STATUS);
      expect(r.status).toBe(429);
      expect(r.headers.get('retry-after')).toBe('17');
      expect(r.body).toMatchObject({ code: 429, errno: 114, retryAfter: 17 });
    }
    expect((await c.post('/v1/account/status', STATUS)).status).toBe(200);
  });

  it('503 errno 201 with Retry-After; 500 errno 999; non-JSON 502', async () => {
    const c = client();
    await c.post('/__emulator/faults', { path: '/v1/session/*', status: 503, retryAfter: 5 });
    const busy = await c.get('/v1/session/status');
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('5');
    expect(busy.body).toMatchObject({ code: 503, errno: 201, retryAfter: 5 });

    await c.post('/__emulator/faults', { path: '/v1/account/*', status: 500 });
    const broken = await c.post('/v1/account/status', STATUS);
    expect(broken.status).toBe(500);
    expect(broken.body).toMatchObject({ code: 500, errno: 999 });

    await c.post('/__emulator/faults', { path: '/profile/*', status: 502 });
    const proxy = await c.get('/profile/v1/profile');
    expect(proxy.status).toBe(502);
    expect(proxy.headers.get('content-type')).toMatch(/^text\/html/);
    expect(proxy.data).toBeUndefined();
  });

  it('latency delays the real answer; method filters apply', async () => {
    const c = client();
    await c.post('/__emulator/faults', {
      path: '/v1/account/status',
      method: 'POST',
      delayMs: 250,
    });
    const started = Date.now();
    const slow = await c.post('/v1/account/status', STATUS);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    expect(slow.body).toEqual({ exists: true });

    await c.post('/__emulator/faults', { path: '*', method: 'GET', status: 500, times: 0 });
    expect((await c.post('/v1/account/status', STATUS)).status).toBe(200);
    expect((await c.get('/v1/jwks')).status).toBe(500);
    expect((await c.get('/v1/jwks')).status).toBe(500);
    const listed = await c.get('/__emulator/faults');
    expect(listed.data).toEqual([expect.objectContaining({ path: '*', method: 'GET', hits: 2 })]);
    await c.call('DELETE', '/__emulator/faults');
    expect((await c.get('/v1/jwks')).status).toBe(200);
  });

  it('network faults make fetch() itself fail, then the path works again', async () => {
    const c = client();
    await c.post('/__emulator/faults', { path: '/v1/account/status', status: 'network' });
    await expect(c.post('/v1/account/status', STATUS)).rejects.toThrow();
    expect((await c.post('/v1/account/status', STATUS)).status).toBe(200);
  });

  it('a fault scoped to an account hits only that account’s requests, by body email or token', async () => {
    const c = client();
    const mine = await c.createAccount({
      email: 'mine@example.com',
      password: 'mine',
      session: true,
    });
    const theirs = await c.createAccount({
      email: 'theirs@example.com',
      password: 'theirs',
      session: true,
    });
    const fault = await c.post('/__emulator/faults', {
      path: '*',
      status: 503,
      times: 0,
      account: 'Mine@Example.com',
    });
    // By the email in the body (unauthenticated routes), in any case.
    expect((await c.post('/v1/account/status', { email: 'MINE@example.com' })).status).toBe(503);
    expect((await c.post('/v1/account/status', { email: 'theirs@example.com' })).status).toBe(200);
    // By the token: Hawk and Bearer alike; the other account's session is untouched.
    const mySession = str(mine, 'sessionToken');
    expect((await c.hawkGet('/v1/session/status', mySession)).status).toBe(503);
    expect((await c.get('/v1/session/status', c.bearer(mySession))).status).toBe(503);
    expect((await c.hawkGet('/v1/session/status', str(theirs, 'sessionToken'))).status).toBe(200);
    // Requests for nobody in particular are not this account's.
    expect((await c.get('/v1/jwks')).status).toBe(200);
    // Removing it answers how often it struck; then the account works again.
    const id = fault.body.id;
    const removed = await c.call('DELETE', `/__emulator/faults/${id}`);
    expect(removed.body).toMatchObject({ account: 'mine@example.com', hits: 3 });
    expect((await c.hawkGet('/v1/session/status', mySession)).status).toBe(200);
    expect((await c.call('DELETE', `/__emulator/faults/${id}`)).status).toBe(404);
  });

  it('refuses malformed fault specs', async () => {
    const c = client();
    expect((await c.post('/__emulator/faults', { path: '/v1/*', status: 418 })).status).toBe(400);
    expect((await c.post('/__emulator/faults', { status: 500 })).status).toBe(400);
    const noEmail = { path: '/v1/*', status: 500, account: 'nobody' };
    expect((await c.post('/__emulator/faults', noEmail)).status).toBe(400);
  });

  it('reset restores the seed: created accounts, faults and the clock are gone', async () => {
    const c = client();
    const created = await c.createAccount({ email: 'temp@example.com', password: 'temporary' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: 'temp@example.com', sessionToken: null });
    await c.post('/__emulator/faults', { path: '/v1/client/*', status: 500, times: 0 });
    await c.post('/__emulator/clock', { advanceMs: 60_000 });
    await c.reset();
    expect((await c.post('/v1/account/status', { email: 'temp@example.com' })).body).toEqual({
      exists: false,
    });
    expect((await c.get('/v1/client/dcdb5ae7add825d2')).status).toBe(200);
    expect((await c.get('/__emulator/clock')).body).toMatchObject({ offsetMs: 0 });
    expect((await c.post('/v1/account/status', STATUS)).body).toEqual({ exists: true });
  });

  it('seeded accounts: password works for login, optional ready-made session', async () => {
    const c = client();
    const made = await c.createAccount({
      email: 'seeded@example.com',
      password: 'seeded password',
      displayName: 'Seeded',
      session: true,
    });
    const session = str(made, 'sessionToken');
    expect((await c.get('/v1/session/status', c.bearer(session))).body).toMatchObject({
      state: 'verified',
    });
    const login = await c.post('/v1/account/login', {
      email: 'seeded@example.com',
      authPW: onepwV1('seeded@example.com', 'seeded password').authPW,
    });
    expect(login.status).toBe(200);
    const summary = await c.get('/__emulator/accounts/seeded%40example.com');
    expect(summary.body).toMatchObject({ email: 'seeded@example.com', displayName: 'Seeded' });
    expect((summary.body.sessions as unknown[]).length).toBe(2);
  });

  it("ending an account's sessions: every token is refused after, the password still works", async () => {
    const c = client();
    const made = await c.createAccount({
      email: 'ended@example.com',
      password: 'ended password',
      session: true,
    });
    const session = str(made, 'sessionToken');
    const ended = await c.call('DELETE', '/__emulator/accounts/ended%40example.com/sessions');
    expect(ended.body).toEqual({ ended: 1 });
    const refused = await c.get('/v1/session/status', c.bearer(session));
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ errno: 110 });
    const { authPW } = onepwV1('ended@example.com', 'ended password');
    expect((await c.post('/v1/account/login', { email: 'ended@example.com', authPW })).status).toBe(
      200,
    );
    const nobody = await c.call('DELETE', '/__emulator/accounts/nobody%40example.com/sessions');
    expect(nobody.body).toMatchObject({ errno: 102 });
  });

  it('the outbox keeps every code sent to an address', async () => {
    const c = client();
    const { authPW } = onepwV1('demo@example.com', 'demo-password');
    await c.post('/v1/account/login', { email: 'demo@example.com', authPW });
    await c.post('/v1/account/login', { email: 'demo@example.com', authPW });
    const all = await c.get('/__emulator/emails/demo@example.com');
    expect(all.data).toEqual([
      expect.objectContaining({ to: 'demo@example.com', kind: 'verify-login' }),
      expect.objectContaining({ to: 'demo@example.com', kind: 'verify-login' }),
    ]);
    expect((await c.get('/__emulator/emails/nobody@example.com/last')).status).toBe(404);
  });

  it('registered clients work end to end', async () => {
    const c = client();
    const reg = await c.post('/__emulator/clients', {
      name: 'Test relier',
      redirectUris: ['http://localhost:4000/cb'],
      publicClient: true,
      trusted: true,
    });
    expect(reg.status).toBe(201);
    expect(reg.body).toMatchObject({ secret: null, publicClient: true, trusted: true });
    const id = str(reg, 'id');
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    const { sessionToken } = await c.signIn('demo@example.com', 'demo-password');
    const verifier = 'x'.repeat(43);
    const minted = await c.post(
      '/v1/oauth/authorization',
      {
        client_id: id,
        state: 's',
        scope: 'profile:email',
        code_challenge_method: 'S256',
        code_challenge: pkceS256(verifier),
      },
      c.bearer(sessionToken),
    );
    const tokens = await c.post('/v1/token', {
      client_id: id,
      code: str(minted, 'code'),
      code_verifier: verifier,
    });
    expect(tokens.body).toMatchObject({ scope: 'profile:email', token_type: 'bearer' });

    const confidential = await c.post('/__emulator/clients', {
      name: 'Secret relier',
      redirectUris: ['http://localhost:4001/cb'],
    });
    expect(str(confidential, 'secret')).toMatch(/^[0-9a-f]{64}$/);
  });
});
