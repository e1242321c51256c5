import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { permittedScopes, resolveRedirectUri } from './authorization-request';
import { type ClientInfo, errorRedirectUrl, parseOAuthParams } from './oauth-params';

const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'; // RFC 7636 Appendix B
const base = {
  client_id: 'dcdb5ae7add825d2',
  redirect_uri: 'http://localhost:8080/api/oauth',
  state: 'st8',
  scope: 'profile openid',
};
const q = (over: Record<string, string | undefined> = {}) => {
  const all = { ...base, ...over };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(all)) if (v !== undefined) params.set(k, v);
  return params;
};
const client: ClientInfo = {
  id: 'dcdb5ae7add825d2',
  name: '123done',
  redirectUri: 'http://localhost:8080/api/oauth,http://localhost:8080/alt',
  trusted: true,
};

describe('parseOAuthParams', () => {
  it('accepts a well-formed request and keeps what the flow needs', () => {
    const r = parseOAuthParams(
      q({
        code_challenge: challenge,
        code_challenge_method: 'S256',
        access_type: 'offline',
        prompt: 'consent',
        login_hint: 'a@b.co',
        max_age: '0',
        action: 'email',
      }),
    );
    expect(r).toEqual({
      ok: true,
      params: {
        clientId: 'dcdb5ae7add825d2',
        redirectUri: 'http://localhost:8080/api/oauth',
        state: 'st8',
        scopes: ['profile', 'openid'],
        accessType: 'offline',
        codeChallenge: challenge,
        codeChallengeMethod: 'S256',
        prompt: 'consent',
        loginHint: 'a@b.co',
        maxAge: 0,
        action: 'email',
        returnOnError: true,
      },
    });
  });

  it.each([
    ['no client_id', { client_id: undefined }, 101],
    ['a non-hex client_id', { client_id: 'zzzzzzzzzzzzzzzz' }, 101],
    ['a 15-char client_id', { client_id: 'dcdb5ae7add825d' }, 101],
    ['a redirect_uri that is not a URL', { redirect_uri: 'not a url' }, 103],
    ['a javascript: redirect_uri', { redirect_uri: 'javascript:alert(1)' }, 103],
    ['a 300-char redirect_uri', { redirect_uri: `https://a.example/${'x'.repeat(300)}` }, 103],
    ['no state', { state: undefined }, 1005],
    ['a 513-char state', { state: 's'.repeat(513) }, 109],
    ['a service parameter', { service: 'sync' }, 109],
    ['no scope', { scope: undefined }, 1005],
    ['a scope of separators', { scope: '+ +' }, 109],
    ['a 100 KB scope', { scope: 'a'.repeat(100_000) }, 109],
  ])('renders Bad Request for %s', (_name, over, errno) => {
    const r = parseOAuthParams(q(over));
    expect(r).toMatchObject({ ok: false, failure: { kind: 'page', errno } });
  });

  it.each([
    ['response_type=token', { response_type: 'token' }, 'unsupported_response_type'],
    ['response_mode=fragment', { response_mode: 'fragment' }, 'invalid_request'],
    [
      'code_challenge_method=plain',
      { code_challenge: challenge, code_challenge_method: 'plain' },
      'invalid_request',
    ],
    [
      'a 42-char challenge',
      { code_challenge: challenge.slice(1), code_challenge_method: 'S256' },
      'invalid_request',
    ],
    [
      'a 44-char challenge',
      { code_challenge: `${challenge}a`, code_challenge_method: 'S256' },
      'invalid_request',
    ],
    [
      'a challenge with +/=',
      { code_challenge: `${challenge.slice(3)}+/=`, code_challenge_method: 'S256' },
      'invalid_request',
    ],
    ['a challenge without its method', { code_challenge: challenge }, 'invalid_request'],
    ['a method without its challenge', { code_challenge_method: 'S256' }, 'invalid_request'],
    ['prompt=bogus', { prompt: 'bogus' }, 'invalid_request'],
    ['max_age=-1', { max_age: '-1' }, 'invalid_request'],
    ['access_type=forever', { access_type: 'forever' }, 'invalid_request'],
    ['keys_jwk that is not base64url', { keys_jwk: 'a b' }, 'invalid_request'],
  ])('goes back to the relier for %s', (_name, over, error) => {
    expect(parseOAuthParams(q(over))).toMatchObject({
      ok: false,
      failure: { kind: 'redirect', error },
    });
  });

  it('refuses a repeated parameter instead of guessing', () => {
    const params = q();
    params.append('redirect_uri', 'https://evil.example/cb');
    expect(parseOAuthParams(params)).toMatchObject({
      ok: false,
      failure: { kind: 'page', errno: 103 },
    });
  });

  it('ignores a login_hint that is not an email (never echoed)', () => {
    const r = parseOAuthParams(q({ login_hint: '"><svg onload=alert(1)>' }));
    expect(r.ok && r.params.loginHint).toBe(undefined);
  });

  it('reads return_on_error=false', () => {
    const r = parseOAuthParams(q({ return_on_error: 'false' }));
    expect(r.ok && r.params.returnOnError).toBe(false);
  });

  it('never throws, whatever the query', () => {
    const keys = [
      'client_id',
      'redirect_uri',
      'state',
      'scope',
      'code_challenge',
      'code_challenge_method',
      'prompt',
      'max_age',
      'keys_jwk',
      'login_hint',
      'action',
      'response_type',
      'access_type',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...keys), fc.string({ maxLength: 80 })), {
          maxLength: 12,
        }),
        (pairs) => {
          const params = new URLSearchParams(pairs);
          const r = parseOAuthParams(params);
          return typeof r.ok === 'boolean';
        },
      ),
      { numRuns: 3000 },
    );
    // CPU-bound: room for a machine shared with other builds (the default 5 s is not).
  }, 30_000);
});

describe('resolveRedirectUri', () => {
  const parsed = (over: Record<string, string | undefined> = {}) => {
    const r = parseOAuthParams(q(over));
    if (!r.ok) throw new Error('expected valid params');
    return r.params;
  };
  it('uses a given redirect_uri only when it equals a registered one exactly', () => {
    expect(resolveRedirectUri(parsed(), client)).toBe('http://localhost:8080/api/oauth');
    expect(resolveRedirectUri(parsed({ redirect_uri: 'http://localhost:8080/alt' }), client)).toBe(
      'http://localhost:8080/alt',
    );
    for (const bad of [
      'http://localhost:8080/api/oauth/',
      'http://localhost:8080/api/oauth?x=1',
      'http://LOCALHOST:8080/api/oauth',
      'https://evil.example/api/oauth',
    ]) {
      expect(resolveRedirectUri(parsed({ redirect_uri: bad }), client)).toBeUndefined();
    }
  });
  it('without redirect_uri uses the registered one, never anything from the query', () => {
    expect(resolveRedirectUri(parsed({ redirect_uri: undefined }), client)).toBe(
      'http://localhost:8080/api/oauth',
    );
  });
  it('the result is always a registered URI or nothing', () => {
    const registered = client.redirectUri.split(',');
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.constantFrom(...registered)), (uri) => {
        const r = parseOAuthParams(q({ redirect_uri: uri }));
        if (!r.ok) return true;
        const used = resolveRedirectUri(r.params, client);
        return used === undefined || registered.includes(used);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});

describe('permittedScopes', () => {
  it('keeps a trusted client’s scopes', () => {
    expect(permittedScopes(['profile', 'https://identity.mozilla.com/apps/oldsync'], true)).toEqual(
      ['profile', 'https://identity.mozilla.com/apps/oldsync'],
    );
  });
  it('filters an untrusted client’s scopes to the allowed profile ones', () => {
    expect(
      permittedScopes(
        ['profile:write', 'https://identity.mozilla.com/apps/oldsync', 'profile:email', 'openid'],
        false,
      ),
    ).toEqual(['profile:email', 'openid']);
    expect(permittedScopes(['profile:write'], false)).toEqual([]);
  });
});

describe('errorRedirectUrl', () => {
  it('adds error and state to the validated redirect', () => {
    expect(errorRedirectUrl('http://localhost:8080/api/oauth?x=1', 'login_required', 's t')).toBe(
      'http://localhost:8080/api/oauth?x=1&error=login_required&state=s+t',
    );
  });
});
