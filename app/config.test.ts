import { afterEach, describe, expect, it } from 'vitest';
import {
  configFromClientConfiguration,
  configFromEnv,
  DEFAULT_CONFIG,
  getConfig,
  refreshConfig,
  resetConfig,
  resolveConfig,
  withV1,
} from './config.ts';

afterEach(() => {
  document.getElementById('fxa-client-configuration')?.remove();
  resetConfig();
});

const DOC = {
  auth_server_base_url: 'https://api.accounts.example',
  oauth_server_base_url: 'https://oauth.accounts.example/',
  profile_server_base_url: 'https://profile.accounts.example',
  sync_tokenserver_base_url: 'https://token.example/1.0/sync/1.5',
};

describe('config', () => {
  it('defaults point at the local emulator, Hawk, v1 stretching, 30 s', () => {
    expect(resolveConfig(undefined, {})).toEqual(DEFAULT_CONFIG);
    expect(DEFAULT_CONFIG).toMatchObject({
      authServerUrl: 'http://localhost:9000/v1',
      oauthServerUrl: 'http://localhost:9000/v1',
      profileServerUrl: 'http://localhost:9000/profile/v1',
      tokenAuth: 'hawk',
      keyStretchVersion: 1,
      requestTimeoutMs: 30_000,
    });
  });

  it('normalises every base URL to end in /v1', () => {
    expect(withV1('https://x')).toBe('https://x/v1');
    expect(withV1('https://x/')).toBe('https://x/v1');
    expect(withV1('https://x/v1/')).toBe('https://x/v1');
    expect(withV1('http://localhost:9000/profile/v1')).toBe('http://localhost:9000/profile/v1');
  });

  it('env overrides defaults; invalid values are ignored', () => {
    expect(
      resolveConfig(undefined, {
        VITE_AUTH_SERVER_URL: 'https://auth.example',
        VITE_PROFILE_SERVER_URL: 'javascript:alert(1)',
        VITE_TOKEN_AUTH: 'bearer',
        VITE_KEY_STRETCH_VERSION: '2',
      }),
    ).toMatchObject({
      authServerUrl: 'https://auth.example/v1',
      profileServerUrl: DEFAULT_CONFIG.profileServerUrl,
      tokenAuth: 'bearer',
      keyStretchVersion: 2,
    });
    expect(configFromEnv({ VITE_TOKEN_AUTH: 'basic', VITE_KEY_STRETCH_VERSION: '3' })).toEqual({});
  });

  it('the client-configuration document wins over env, field by field', () => {
    const cfg = resolveConfig(
      { auth_server_base_url: 'https://api.accounts.example' },
      {
        VITE_AUTH_SERVER_URL: 'https://env.example',
        VITE_OAUTH_SERVER_URL: 'https://oauth-env.example',
      },
    );
    expect(cfg.authServerUrl).toBe('https://api.accounts.example/v1');
    expect(cfg.oauthServerUrl).toBe('https://oauth-env.example/v1');
    expect(configFromClientConfiguration(DOC)).toEqual({
      authServerUrl: 'https://api.accounts.example/v1',
      oauthServerUrl: 'https://oauth.accounts.example/v1',
      profileServerUrl: 'https://profile.accounts.example/v1',
    });
    expect(configFromClientConfiguration('nope')).toEqual({});
  });

  it('reads a document inlined in the page synchronously', () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'fxa-client-configuration';
    script.textContent = JSON.stringify(DOC);
    document.head.append(script);
    resetConfig();
    expect(getConfig().authServerUrl).toBe('https://api.accounts.example/v1');
  });

  it('refreshConfig fetches the well-known document and merges it; failures keep the config', async () => {
    const urls: string[] = [];
    const ok = (async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify(DOC), { headers: { 'Content-Type': 'application/json' } });
    }) as typeof fetch;
    expect((await refreshConfig(ok)).profileServerUrl).toBe('https://profile.accounts.example/v1');
    expect(urls).toEqual(['/.well-known/fxa-client-configuration']);

    resetConfig();
    const before = getConfig();
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await refreshConfig(offline)).toEqual(before);
    const notFound = (async () => new Response('nope', { status: 404 })) as typeof fetch;
    expect(await refreshConfig(notFound)).toEqual(before);
  });
});
