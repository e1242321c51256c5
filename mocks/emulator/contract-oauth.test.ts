// Contract: OAuth. The content server mints codes with POST /v1/oauth/authorization (session
// auth); reliers exchange them at POST /v1/token. Strictness per upstream (protocol.md §5,
// security-tests.md §B): PKCE only and always for public clients, exact redirect_uri, client
// secrets, single-use expiring codes, and tokens that work at the profile server.

import { createLocalJWKSet, type JSONWebKeySet, jwtVerify } from 'jose';
import { expect, it } from 'vitest';
import { CLIENT_IDS, SEEDED_CLIENTS } from './seed.ts';
import { CONTENT_ORIGIN, contractSuite } from './testing/contract.testutil.ts';
import { type Reply, str, type TestClient } from './testing/fxa-client.testutil.ts';
import { onepwV1, pkceS256 } from './testing/node-crypto.testutil.ts';

const secretOf = (id: string) => SEEDED_CLIENTS.find((c) => c.id === id)?.secret as string;
const TRUSTED = {
  id: CLIENT_IDS.trustedRelier,
  secret: secretOf(CLIENT_IDS.trustedRelier),
  redirect: 'http://localhost:8080/api/oauth',
};
const UNTRUSTED = {
  id: CLIENT_IDS.untrustedRelier,
  secret: secretOf(CLIENT_IDS.untrustedRelier),
  redirect: 'http://localhost:10139/api/oauth',
};
const POCKET = { id: CLIENT_IDS.pocketDemo, redirect: 'http://localhost:8080/callback' };
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

async function session(c: TestClient): Promise<string> {
  return (await c.signIn('demo@example.com', 'demo-password')).sessionToken;
}

function authorize(c: TestClient, token: string, body: Record<string, unknown>): Promise<Reply> {
  return c.post('/v1/oauth/authorization', { state: 'st4te', ...body }, c.bearer(token));
}

async function trustedCode(c: TestClient, extra: Record<string, unknown> = {}): Promise<string> {
  const r = await authorize(c, await session(c), {
    client_id: TRUSTED.id,
    scope: 'profile openid',
    redirect_uri: TRUSTED.redirect,
    ...extra,
  });
  expect(r.status).toBe(200);
  return str(r, 'code');
}

function exchange(c: TestClient, form: Record<string, string>): Promise<Reply> {
  return c.call('POST', '/v1/token', { form: { grant_type: 'authorization_code', ...form } });
}

contractSuite('oauth', (client) => {
  it('confidential relier: code (form post + secret) → tokens → profile; id_token verifies', async () => {
    const c = client();
    const minted = await authorize(c, await session(c), {
      client_id: TRUSTED.id,
      scope: 'profile openid',
      redirect_uri: TRUSTED.redirect,
    });
    expect(minted.body).toMatchObject({ state: 'st4te', scope: 'profile openid' });
    const code = str(minted, 'code');
    expect(code).toMatch(/^[0-9a-f]{64}$/);
    expect(str(minted, 'redirect')).toBe(`${TRUSTED.redirect}?code=${code}&state=st4te`);

    const tokens = await exchange(c, {
      client_id: TRUSTED.id,
      client_secret: TRUSTED.secret,
      code,
      redirect_uri: TRUSTED.redirect,
    });
    expect(tokens.status).toBe(200);
    expect(tokens.body).toMatchObject({ token_type: 'bearer', scope: 'profile openid' });
    expect(typeof tokens.body.expires_in).toBe('number');
    expect(typeof tokens.body.auth_at).toBe('number');
    expect(tokens.body.refresh_token).toBeUndefined();

    const profile = await c.get('/profile/v1/profile', {
      authorization: `Bearer ${str(tokens, 'access_token')}`,
    });
    expect(profile.status).toBe(200);
    expect(profile.body).toMatchObject({
      email: 'demo@example.com',
      uid: '0123456789abcdef0123456789abcdef',
      sub: '0123456789abcdef0123456789abcdef',
      displayName: 'Demo User',
      avatarDefault: true,
    });

    const jwks = await c.get('/v1/jwks');
    const { payload } = await jwtVerify(
      str(tokens, 'id_token'),
      createLocalJWKSet(jwks.data as JSONWebKeySet),
      { issuer: CONTENT_ORIGIN, audience: TRUSTED.id },
    );
    expect(payload.sub).toBe('0123456789abcdef0123456789abcdef');
  });

  it('public PKCE client: right verifier → token (JSON body); wrong 117; missing 118', async () => {
    const c = client();
    const token = await session(c);
    const mint = async () => {
      const r = await authorize(c, token, {
        client_id: POCKET.id,
        scope: 'profile',
        code_challenge_method: 'S256',
        code_challenge: pkceS256(VERIFIER),
      });
      expect(str(r, 'redirect')).toMatch(/^http:\/\/localhost:8080\/callback\?code=/);
      return str(r, 'code');
    };
    const wrong = await c.post('/v1/token', {
      client_id: POCKET.id,
      code: await mint(),
      code_verifier: `${VERIFIER.slice(0, -1)}A`,
    });
    expect(wrong.body).toMatchObject({ code: 400, errno: 117 });
    const missing = await c.post('/v1/token', { client_id: POCKET.id, code: await mint() });
    expect(missing.body).toMatchObject({ errno: 118 });
    const ok = await c.post('/v1/token', {
      client_id: POCKET.id,
      code: await mint(),
      code_verifier: VERIFIER,
    });
    expect(ok.status).toBe(200);
    const profile = await c.get('/profile/v1/profile', {
      authorization: `Bearer ${str(ok, 'access_token')}`,
    });
    expect(profile.body).toMatchObject({ email: 'demo@example.com' });
  });

  it('PKCE is required for public clients (169) and refused for confidential ones (166)', async () => {
    const c = client();
    const token = await session(c);
    const noPkce = await authorize(c, token, { client_id: POCKET.id, scope: 'profile' });
    expect(noPkce.body).toMatchObject({ code: 400, errno: 169 });
    const withPkce = await authorize(c, token, {
      client_id: TRUSTED.id,
      scope: 'profile',
      code_challenge_method: 'S256',
      code_challenge: pkceS256(VERIFIER),
    });
    expect(withPkce.body).toMatchObject({ errno: 166 });
    const halfPkce = await authorize(c, token, {
      client_id: POCKET.id,
      code_challenge: pkceS256(VERIFIER),
    });
    expect(halfPkce.body).toMatchObject({ errno: 107 });
    const plain = await authorize(c, token, {
      client_id: POCKET.id,
      code_challenge_method: 'plain',
      code_challenge: VERIFIER,
    });
    expect(plain.body).toMatchObject({ errno: 107 });
    // A confidential client presenting a verifier at the token endpoint is refused too.
    const code = await trustedCode(c);
    const r = await exchange(c, { client_id: TRUSTED.id, code, code_verifier: VERIFIER });
    expect(r.body).toMatchObject({ errno: 109 });
  });

  it('redirect_uri must equal a registered one exactly (167); unknown client 162', async () => {
    const c = client();
    const token = await session(c);
    for (const redirect_uri of [
      'http://localhost:8080/api/oauth/',
      'http://localhost:8080/api/oauth?x=1',
      'http://evil.example/api/oauth',
    ]) {
      const r = await authorize(c, token, { client_id: TRUSTED.id, redirect_uri });
      expect(r.body).toMatchObject({ code: 400, errno: 167 });
    }
    const unknown = await authorize(c, token, { client_id: '0000000000000000' });
    expect(unknown.body).toMatchObject({ errno: 162 });
    const defaulted = await authorize(c, token, { client_id: TRUSTED.id, scope: 'profile' });
    expect(str(defaulted, 'redirect').startsWith(`${TRUSTED.redirect}?`)).toBe(true);
  });

  it('codes are single use (105) and bound to their redirect_uri (103) and client (106)', async () => {
    const c = client();
    const code = await trustedCode(c);
    const first = await exchange(c, { client_id: TRUSTED.id, client_secret: TRUSTED.secret, code });
    expect(first.status).toBe(200);
    const second = await exchange(c, {
      client_id: TRUSTED.id,
      client_secret: TRUSTED.secret,
      code,
    });
    expect(second.body).toMatchObject({ code: 400, errno: 105 });

    const code2 = await trustedCode(c);
    const redirect = await exchange(c, {
      client_id: TRUSTED.id,
      client_secret: TRUSTED.secret,
      code: code2,
      redirect_uri: 'http://localhost:8080/other',
    });
    expect(redirect.body).toMatchObject({ errno: 103 });
    const otherClient = await exchange(c, {
      client_id: UNTRUSTED.id,
      client_secret: UNTRUSTED.secret,
      code: code2,
    });
    expect(otherClient.body).toMatchObject({ errno: 106 });
  });

  it('codes expire after 15 minutes (107)', async () => {
    const c = client();
    const code = await trustedCode(c);
    await c.post('/__emulator/clock', { advanceMs: 15 * 60 * 1000 + 1000 });
    const r = await exchange(c, { client_id: TRUSTED.id, client_secret: TRUSTED.secret, code });
    expect(r.body).toMatchObject({ code: 400, errno: 107 });
  });

  it('client secrets: wrong 102, missing 109, both header and body 109; Basic header works', async () => {
    const c = client();
    const code = await trustedCode(c);
    const wrong = await exchange(c, { client_id: TRUSTED.id, client_secret: 'f'.repeat(64), code });
    expect(wrong.body).toMatchObject({ code: 400, errno: 102 });
    const missing = await exchange(c, { client_id: TRUSTED.id, code });
    expect(missing.body).toMatchObject({ errno: 109 });
    const basic = `Basic ${btoa(`${TRUSTED.id}:${TRUSTED.secret}`)}`;
    const both = await c.call('POST', '/v1/token', {
      form: { client_id: TRUSTED.id, code, grant_type: 'authorization_code' },
      headers: { authorization: basic },
    });
    expect(both.body).toMatchObject({ errno: 109 });
    const ok = await c.call('POST', '/v1/token', {
      form: { code, grant_type: 'authorization_code' },
      headers: { authorization: basic },
    });
    expect(ok.status).toBe(200);
    const badType = await c.call('POST', '/v1/token', {
      body: 'code=x',
      contentType: 'text/plain',
    });
    expect(badType.body).toMatchObject({ code: 415, errno: 113 });
  });

  it('untrusted clients only get openid/profile:uid/email/display_name (163)', async () => {
    const c = client();
    const token = await session(c);
    const tooMuch = await authorize(c, token, { client_id: UNTRUSTED.id, scope: 'profile' });
    expect(tooMuch.body).toMatchObject({ code: 400, errno: 163 });
    const ok = await authorize(c, token, {
      client_id: UNTRUSTED.id,
      scope: 'profile:email profile:display_name openid',
    });
    expect(ok.status).toBe(200);
    const tokens = await exchange(c, {
      client_id: UNTRUSTED.id,
      client_secret: UNTRUSTED.secret,
      code: str(ok, 'code'),
    });
    const profile = await c.get('/profile/v1/profile', {
      authorization: `Bearer ${str(tokens, 'access_token')}`,
    });
    expect(profile.body).toEqual({
      sub: '0123456789abcdef0123456789abcdef',
      email: 'demo@example.com',
      displayName: 'Demo User',
    });
  });

  it('an unverified session cannot mint codes (138)', async () => {
    const c = client();
    const login = await c.post('/v1/account/login', {
      email: 'demo@example.com',
      authPW: onepwV1('demo@example.com', 'demo-password').authPW,
    });
    const r = await authorize(c, str(login, 'sessionToken'), { client_id: TRUSTED.id });
    expect(r.body).toMatchObject({ code: 400, errno: 138 });
  });

  it('offline access: refresh token grants fresh access tokens without openid', async () => {
    const c = client();
    const code = await trustedCode(c, { access_type: 'offline' });
    const tokens = await exchange(c, {
      client_id: TRUSTED.id,
      client_secret: TRUSTED.secret,
      code,
    });
    const refresh = str(tokens, 'refresh_token');
    const r = await c.post('/v1/token', {
      grant_type: 'refresh_token',
      client_id: TRUSTED.id,
      client_secret: TRUSTED.secret,
      refresh_token: refresh,
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ token_type: 'bearer', scope: 'profile' });
    expect(r.body.id_token).toBeUndefined();
    const wrongClient = await c.post('/v1/token', {
      grant_type: 'refresh_token',
      client_id: UNTRUSTED.id,
      client_secret: UNTRUSTED.secret,
      refresh_token: refresh,
    });
    expect(wrongClient.body).toMatchObject({ errno: 108 });
  });

  it('the session route /v1/oauth/token re-numbers errors as the auth server (172)', async () => {
    const c = client();
    const code = await trustedCode(c);
    const body = { client_id: TRUSTED.id, client_secret: TRUSTED.secret, code };
    expect((await c.post('/v1/oauth/token', body)).status).toBe(200);
    const again = await c.post('/v1/oauth/token', body);
    expect(again.body).toMatchObject({ code: 400, errno: 172 });
  });

  it('client info on both servers; unknown ids 101 (OAuth) / 162 (auth)', async () => {
    const c = client();
    const expected = {
      id: TRUSTED.id,
      name: '123Done',
      trusted: true,
      image_uri: '',
      redirect_uri: TRUSTED.redirect,
    };
    expect((await c.get(`/v1/oauth/client/${TRUSTED.id}`)).body).toEqual(expected);
    expect((await c.get(`/v1/client/${TRUSTED.id}`)).body).toEqual(expected);
    expect((await c.get('/v1/client/0000000000000000')).body).toMatchObject({ errno: 101 });
    expect((await c.get('/v1/oauth/client/0000000000000000')).body).toMatchObject({ errno: 162 });
  });

  it('verify and destroy access tokens', async () => {
    const c = client();
    const code = await trustedCode(c);
    const tokens = await exchange(c, {
      client_id: TRUSTED.id,
      client_secret: TRUSTED.secret,
      code,
    });
    const token = str(tokens, 'access_token');
    const verified = await c.post('/v1/verify', { token });
    expect(verified.body).toMatchObject({
      user: '0123456789abcdef0123456789abcdef',
      client_id: TRUSTED.id,
      scope: ['profile', 'openid'],
    });
    expect((await c.post('/v1/destroy', { token })).status).toBe(200);
    expect((await c.post('/v1/verify', { token })).body).toMatchObject({ errno: 108 });
    const profile = await c.get('/profile/v1/profile', { authorization: `Bearer ${token}` });
    expect(profile.body).toMatchObject({ code: 401, errno: 100 });
  });

  it('keys_jwe is handed back with the token', async () => {
    const c = client();
    const jwe = 'eyJhbGciOiJFQ0RILUVTIn0..aXY.Y2lwaGVy.dGFn';
    const code = await trustedCode(c, { keys_jwe: jwe });
    const tokens = await exchange(c, {
      client_id: TRUSTED.id,
      client_secret: TRUSTED.secret,
      code,
    });
    expect(tokens.body.keys_jwe).toBe(jwe);
  });

  it('GET /v1/authorization refuses keys_jwk (bz1456351)', async () => {
    const c = client();
    const r = await c.get(`/v1/authorization?client_id=${TRUSTED.id}&keys_jwk=abc`);
    expect(r.body).toMatchObject({ code: 400, errno: 109 });
  });

  it('discovery document points reliers at the content server and the emulator', async () => {
    const c = client();
    const r = await c.get('/.well-known/openid-configuration');
    expect(r.body).toMatchObject({
      issuer: CONTENT_ORIGIN,
      authorization_endpoint: `${CONTENT_ORIGIN}/authorization`,
      token_endpoint: `${c.origin}/v1/token`,
      userinfo_endpoint: `${c.origin}/profile/v1/profile`,
      jwks_uri: `${c.origin}/v1/jwks`,
    });
  });

  it('scoped-key-data for Firefox (oldsync); refused for clients without the scope (163)', async () => {
    const c = client();
    const token = await session(c);
    const scope = 'https://identity.mozilla.com/apps/oldsync';
    const r = await c.post(
      '/v1/account/scoped-key-data',
      { client_id: CLIENT_IDS.firefoxDesktop, scope: `profile ${scope}` },
      c.bearer(token),
    );
    expect(r.body).toEqual({
      [scope]: {
        identifier: scope,
        keyRotationSecret: '0'.repeat(64),
        keyRotationTimestamp: expect.any(Number),
      },
    });
    const refused = await c.post(
      '/v1/account/scoped-key-data',
      { client_id: POCKET.id, scope },
      c.bearer(token),
    );
    expect(refused.body).toMatchObject({ errno: 163 });
  });
});
