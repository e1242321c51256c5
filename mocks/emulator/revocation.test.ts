// @vitest-environment node
// Token revocation as an OpenID Connect library does it (issue #20, item 7), against a real
// emulator server: openid-client (panva, v6; the demo relier's library) discovers the
// revocation_endpoint and revokes with RFC 7009's `token` + `token_type_hint`. Upstream both
// endpoints live in packages/fxa-auth-server/lib/routes/oauth/destroy.js: POST /v1/oauth/destroy
// (RFC 7009: any token type, the hint only orders the search, 200 `{}` even for a token it will
// not revoke) and the legacy POST /v1/destroy (`token` = access token; another client's token is
// 108 Invalid token).
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOAuthCode } from '../../app/lib/auth-client/oauth.ts';
import { type RunningEmulator, startEmulatorServer } from '../server/start.ts';
import { CLIENT_IDS, SEEDED_CLIENTS } from './seed.ts';

const RELIER = 'http://localhost:8080';
const secretOf = (id: string) => SEEDED_CLIENTS.find((c) => c.id === id)?.secret as string;
const TRUSTED = { id: CLIENT_IDS.trustedRelier, secret: secretOf(CLIENT_IDS.trustedRelier) };
const UNTRUSTED = { id: CLIENT_IDS.untrustedRelier, secret: secretOf(CLIENT_IDS.untrustedRelier) };

let emulator: RunningEmulator;
let sessionToken: string;

beforeAll(async () => {
  emulator = await startEmulatorServer({
    port: 0,
    contentOrigin: 'http://localhost:3030',
    relierOrigin: RELIER,
    demoAccount: false,
  });
  const created = await emulator.emulator.control.createAccount({
    email: 'revoker@example.com',
    password: 'revoke me',
    session: true,
  });
  sessionToken = created.sessionToken as string;
});

afterAll(() => emulator?.close());

/** openid-client configured from the discovery document, as the client `client`. */
function discover(client: { id: string; secret: string }) {
  return oidc.discovery(
    new URL('/.well-known/openid-configuration', emulator.url),
    client.id,
    { token_endpoint_auth_method: 'client_secret_post' },
    oidc.ClientSecretPost(client.secret),
    { execute: [oidc.allowInsecureRequests] },
  );
}

/** Fresh tokens of the trusted relier: an access token and (offline) a refresh token. */
async function tokens(): Promise<{ access: string; refresh: string }> {
  const { code } = await createOAuthCode(
    sessionToken,
    {
      client_id: TRUSTED.id,
      state: 'st4te',
      scope: 'profile',
      redirect_uri: `${RELIER}/api/oauth`,
      access_type: 'offline',
    },
    { authServerUrl: `${emulator.url}/v1`, tokenAuth: 'hawk' },
  );
  const res = await post('/v1/token', {
    grant_type: 'authorization_code',
    client_id: TRUSTED.id,
    client_secret: TRUSTED.secret,
    code,
  });
  expect(res.status).toBe(200);
  return { access: res.body.access_token as string, refresh: res.body.refresh_token as string };
}

async function post(path: string, body: Record<string, string>) {
  const res = await fetch(`${emulator.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const accessWorks = async (token: string) => (await post('/v1/verify', { token })).status === 200;
const refreshWorks = async (refresh: string) =>
  (
    await post('/v1/token', {
      grant_type: 'refresh_token',
      client_id: TRUSTED.id,
      client_secret: TRUSTED.secret,
      refresh_token: refresh,
    })
  ).status === 200;

describe('RFC 7009 revocation with openid-client', () => {
  it('discovery names the RFC 7009 endpoint', async () => {
    const config = await discover(TRUSTED);
    expect(config.serverMetadata().revocation_endpoint).toBe(`${emulator.url}/v1/oauth/destroy`);
  });

  it('revokes an access token, with or without a hint', async () => {
    const config = await discover(TRUSTED);
    const a = await tokens();
    await oidc.tokenRevocation(config, a.access, { token_type_hint: 'access_token' });
    expect(await accessWorks(a.access)).toBe(false);
    const b = await tokens();
    await oidc.tokenRevocation(config, b.access);
    expect(await accessWorks(b.access)).toBe(false);
    expect(await refreshWorks(b.refresh)).toBe(true);
  });

  it('revokes a refresh token passed as `token`, whatever the hint says', async () => {
    const config = await discover(TRUSTED);
    for (const hint of ['refresh_token', 'access_token', undefined]) {
      const t = await tokens();
      await oidc.tokenRevocation(config, t.refresh, hint ? { token_type_hint: hint } : undefined);
      expect(await refreshWorks(t.refresh), `hint ${hint}`).toBe(false);
    }
  });

  it('leaves another client’s token alone (200, as RFC 7009 §2.2 allows), and an unknown one', async () => {
    const other = await discover(UNTRUSTED);
    const t = await tokens();
    await oidc.tokenRevocation(other, t.access);
    await oidc.tokenRevocation(other, t.refresh, { token_type_hint: 'refresh_token' });
    expect(await accessWorks(t.access)).toBe(true);
    expect(await refreshWorks(t.refresh)).toBe(true);
    await oidc.tokenRevocation(other, 'ab'.repeat(32));
  });

  it('a wrong secret is refused', async () => {
    const t = await tokens();
    const wrong = await discover({ id: TRUSTED.id, secret: UNTRUSTED.secret });
    await expect(oidc.tokenRevocation(wrong, t.access)).rejects.toThrow();
    expect(await accessWorks(t.access)).toBe(true);
  });
});

describe('POST /v1/destroy (legacy)', () => {
  it('refuses token_type_hint, and a refresh token as `token`, as upstream', async () => {
    const t = await tokens();
    const hinted = await post('/v1/destroy', { token: t.access, token_type_hint: 'access_token' });
    expect(hinted).toMatchObject({ status: 400, body: { errno: 109 } });
    const asToken = await post('/v1/destroy', { token: t.refresh });
    expect(asToken).toMatchObject({ status: 400, body: { errno: 108 } });
    expect(await refreshWorks(t.refresh)).toBe(true);
  });

  it('refuses another client’s token (108), revokes the client’s own', async () => {
    const t = await tokens();
    const other = { client_id: UNTRUSTED.id, client_secret: UNTRUSTED.secret };
    expect(await post('/v1/destroy', { ...other, token: t.access })).toMatchObject({
      status: 400,
      body: { errno: 108 },
    });
    expect(await post('/v1/destroy', { ...other, refresh_token: t.refresh })).toMatchObject({
      status: 400,
      body: { errno: 108 },
    });
    expect(await accessWorks(t.access)).toBe(true);
    const own = { client_id: TRUSTED.id, client_secret: TRUSTED.secret };
    expect((await post('/v1/destroy', { ...own, access_token: t.access })).status).toBe(200);
    expect((await post('/v1/destroy', { ...own, refresh_token: t.refresh })).status).toBe(200);
    expect(await accessWorks(t.access)).toBe(false);
    expect(await refreshWorks(t.refresh)).toBe(false);
  });

  it('without credentials (legacy callers) any token goes; exactly one token is required', async () => {
    const t = await tokens();
    expect(
      (await post('/v1/destroy', { token: t.access, access_token: t.access })).body,
    ).toMatchObject({ errno: 109 });
    expect((await post('/v1/destroy', {})).body).toMatchObject({ errno: 109 });
    expect((await post('/v1/destroy', { token: t.access, client_secret: '' })).status).toBe(200);
    expect(await accessWorks(t.access)).toBe(false);
  });
});
