// @vitest-environment node
// The demo relier against a real emulator server: the authorization request it builds, the code
// exchange and profile fetch through openid-client, and what it shows. The content server's part
// (minting the code for a session) is done here with the app's own auth client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOAuthCode } from '../app/lib/auth-client/oauth.ts';
import { CLIENT_IDS } from '../mocks/emulator/seed.ts';
import { type RunningEmulator, startEmulatorServer } from '../mocks/server/start.ts';
import { createRelier } from './app.ts';

const RELIER = 'http://localhost:8080';
const CONTENT = 'http://localhost:3030';
let emulator: RunningEmulator;
let relier: ReturnType<typeof createRelier>;
let account: { email: string; sessionToken: string };

beforeAll(async () => {
  emulator = await startEmulatorServer({
    port: 0,
    contentOrigin: CONTENT,
    relierOrigin: RELIER,
    demoAccount: false,
  });
  relier = createRelier({
    origin: RELIER,
    discoveryUrl: new URL('/.well-known/openid-configuration', emulator.url),
  });
  const created = await emulator.emulator.control.createAccount({
    email: 'reader@example.com',
    password: 'read it later',
    displayName: 'Reader',
    session: true,
  });
  account = { email: created.email, sessionToken: created.sessionToken as string };
});

afterAll(() => emulator?.close());

/** A browser with one cookie jar for the relier. */
function browser() {
  const jar = new Map<string, string>();
  return async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await relier.fetch(new Request(new URL(path, RELIER), { ...init, headers }));
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = (pair as string).split('=');
      jar.set(name as string, value as string);
    }
    return res;
  };
}

/** What the content server does after "Continue": a code for the session, back to the relier. */
async function approve(authorizationUrl: URL): Promise<string> {
  const q = authorizationUrl.searchParams;
  const result = await createOAuthCode(
    account.sessionToken,
    {
      client_id: q.get('client_id') as string,
      state: q.get('state') as string,
      scope: q.get('scope') as string,
      redirect_uri: q.get('redirect_uri') as string,
      ...(q.get('code_challenge')
        ? { code_challenge: q.get('code_challenge') as string, code_challenge_method: 'S256' }
        : {}),
    },
    { authServerUrl: `${emulator.url}/v1`, tokenAuth: 'hawk' },
  );
  const back = new URL(q.get('redirect_uri') as string);
  back.search = new URLSearchParams({ code: result.code, state: result.state }).toString();
  return back.pathname + back.search;
}

describe('Pocket demo (public client, PKCE S256)', () => {
  it('sends the user to /authorization with state and an S256 challenge, no secret', async () => {
    const go = browser();
    const res = await go('/login');
    expect(res.status).toBe(302);
    const url = new URL(res.headers.get('location') as string);
    expect(url.origin + url.pathname).toBe(`${CONTENT}/authorization`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: CLIENT_IDS.pocketDemo,
      redirect_uri: `${RELIER}/callback`,
      response_type: 'code',
      scope: 'profile openid',
      code_challenge_method: 'S256',
    });
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.has('client_secret')).toBe(false);
  });

  it('exchanges the code, fetches the profile, shows who signed in, and signs out', async () => {
    const go = browser();
    const start = new URL((await go('/login')).headers.get('location') as string);
    const callback = await go(await approve(start));
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe('/');
    const home = await (await go('/')).text();
    expect(home).toContain(`Signed in as <strong>${account.email}</strong>`);
    expect(home).toContain('Display name: Reader');

    expect((await go('/logout', { method: 'POST' })).status).toBe(303);
    expect(await (await go('/')).text()).toContain('Sign in with Firefox');
  });

  it('refuses a callback whose state is not the one it sent', async () => {
    const go = browser();
    const start = new URL((await go('/login')).headers.get('location') as string);
    const back = new URL(await approve(start), RELIER);
    back.searchParams.set('state', 'forged');
    await go(back.pathname + back.search);
    const home = await (await go('/')).text();
    expect(home).toContain('Sign-in failed');
    expect(home).not.toContain('Signed in as');
  });

  it('shows the error the accounts server sent back (prompt=none)', async () => {
    const go = browser();
    const start = new URL(
      (await go('/login?prompt=none&login_hint=a%40b.example')).headers.get('location') as string,
    );
    expect(start.searchParams.get('prompt')).toBe('none');
    expect(start.searchParams.get('login_hint')).toBe('a@b.example');
    const state = start.searchParams.get('state') as string;
    await go(`/callback?error=login_required&state=${encodeURIComponent(state)}`);
    expect(await (await go('/')).text()).toContain('Sign-in failed: login_required');
  });

  it('escapes what it shows', async () => {
    const go = browser();
    await go('/login');
    await go('/callback?error=%3Cimg%20src%3Dx%3E&state=nope');
    const home = await (await go('/')).text();
    expect(home).not.toContain('<img');
  });
});

describe('123done (confidential client) and 321done (untrusted)', () => {
  for (const [path, clientId, callback, scope] of [
    ['/123done/', CLIENT_IDS.trustedRelier, '/api/oauth', 'profile openid'],
    [
      '/321done/',
      CLIENT_IDS.untrustedRelier,
      '/321done/api/oauth',
      'profile:display_name profile:email profile:uid openid',
    ],
  ] as const) {
    it(`${path}: no PKCE, the secret at the token endpoint, then signed in`, async () => {
      const go = browser();
      const start = new URL((await go(`${path}login`)).headers.get('location') as string);
      expect(start.searchParams.get('client_id')).toBe(clientId);
      expect(start.searchParams.get('redirect_uri')).toBe(`${RELIER}${callback}`);
      expect(start.searchParams.get('scope')).toBe(scope);
      expect(start.searchParams.has('code_challenge')).toBe(false);
      const back = await go(await approve(start));
      expect(back.headers.get('location')).toBe(path);
      expect(await (await go(path)).text()).toContain(`Signed in as <strong>${account.email}`);
      // Each client keeps its own session: the Pocket demo is still signed out.
      expect(await (await go('/')).text()).toContain('Sign in with Firefox');
    });
  }
});
