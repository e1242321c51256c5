import { describe, expect, it } from 'vitest';
import { checkAuthorizationRequest } from './authorization-request';
import { type ClientInfo, parseOAuthParams } from './oauth-params';

const trusted: ClientInfo = {
  id: 'dcdb5ae7add825d2',
  name: '123Done',
  redirectUri: 'http://localhost:8080/api/oauth',
  trusted: true,
};
const untrusted: ClientInfo = { ...trusted, id: '325b4083e32fe8e7', trusted: false };
const firefox: ClientInfo = {
  id: '5882386c6d801776',
  name: 'Firefox',
  redirectUri:
    'urn:ietf:wg:oauth:2.0:oob:oauth-redirect-webchannel,urn:ietf:wg:oauth:2.0:oob:pair-auth-webchannel',
  trusted: true,
};

function params(over: Record<string, string> = {}) {
  const parsed = parseOAuthParams(
    new URLSearchParams({
      client_id: 'dcdb5ae7add825d2',
      state: 'st',
      scope: 'profile openid',
      ...over,
    }),
  );
  if (!parsed.ok) throw new Error('fixture does not parse');
  return parsed.params;
}

const check = (p: ReturnType<typeof params>, c: ClientInfo, native = false) =>
  checkAuthorizationRequest(p, c, { native });

describe('checkAuthorizationRequest', () => {
  it('keeps a trusted client’s scopes and the registered redirect', () => {
    expect(check(params(), trusted)).toMatchObject({
      ok: true,
      request: {
        redirectUri: trusted.redirectUri,
        scopes: ['profile', 'openid'],
        wantsKeys: false,
      },
    });
  });

  it('refuses a redirect that is not registered (B1)', () => {
    const r = check(params({ redirect_uri: 'https://evil.example/api/oauth' }), trusted);
    expect(r).toMatchObject({ ok: false, failure: { kind: 'page', errno: 103 } });
  });

  it('a web flow never goes to a WebChannel URN; Firefox’s own flow may name it', () => {
    const p = params({
      client_id: firefox.id,
      redirect_uri: 'urn:ietf:wg:oauth:2.0:oob:oauth-redirect-webchannel',
    });
    expect(check(p, firefox)).toMatchObject({ ok: false, failure: { errno: 103 } });
    expect(check(p, firefox, true)).toMatchObject({ ok: true });
  });

  it('filters an untrusted client’s scopes; nothing left is an invalid scope (B14)', () => {
    expect(check(params({ scope: 'profile profile:write openid' }), untrusted)).toMatchObject({
      ok: true,
      request: { scopes: ['profile:uid', 'profile:email', 'profile:display_name', 'openid'] },
    });
    expect(
      check(
        params({ scope: 'profile:write https://identity.mozilla.com/apps/oldsync' }),
        untrusted,
      ),
    ).toMatchObject({ ok: false, failure: { kind: 'page', param: 'scope' } });
  });

  it('keys only for an allowed redirect (B15)', () => {
    const keyed = { scope: 'https://identity.mozilla.com/apps/oldsync', keys_jwk: 'eyJ9' };
    expect(check(params(keyed), trusted)).toMatchObject({
      ok: false,
      failure: { id: 'oauth-error-keys-redirect' },
    });
    const native = params({
      ...keyed,
      client_id: firefox.id,
      redirect_uri: 'urn:ietf:wg:oauth:2.0:oob:oauth-redirect-webchannel',
    });
    expect(check(native, firefox, true)).toMatchObject({ ok: true, request: { wantsKeys: true } });
    // keys_jwk without a keyed scope wants no keys.
    expect(check(params({ keys_jwk: 'eyJ9' }), trusted)).toMatchObject({
      ok: true,
      request: { wantsKeys: false },
    });
  });
});
