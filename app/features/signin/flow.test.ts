import { describe, expect, it } from 'vitest';
import { parseOAuthParams } from '../../lib/oauth/oauth-params';
import { emailFirstPath, readSigninFlow, withoutPrefill, withQuery } from './flow';

const ORIGIN = 'http://localhost:3030';
const RELIER = 'client_id=dcdb5ae7add825d2&state=s&scope=profile';
const FIREFOX =
  'context=oauth_webchannel_v1&client_id=5882386c6d801776&state=s&code_challenge_method=S256' +
  `&code_challenge=${'a'.repeat(43)}&scope=profile+https%3A%2F%2Fidentity.mozilla.com%2Fapps%2Foldsync`;

/** The flow as a page sees it: the route loader's parse of the OAuth parameters included. */
function flowOf(pathAndQuery: string) {
  const url = new URL(pathAndQuery, ORIGIN);
  const isOAuth = url.searchParams.has('client_id') || url.pathname.startsWith('/oauth');
  const q = new URLSearchParams(url.search);
  if (q.get('context') === 'oauth_webchannel_v1') q.delete('service');
  return readSigninFlow(url, isOAuth ? parseOAuthParams(q) : null);
}

describe('readSigninFlow (upstream integration matrix, fxa-upstream.md §2.2, §4.4)', () => {
  it('Web: no password rule, no keys, /settings', () => {
    const flow = flowOf('/signin');
    expect(flow).toMatchObject({
      integration: { kind: 'web' },
      isSync: false,
      isOAuth: false,
      passwordRequired: false,
      wantsKeys: false,
      prefix: '',
      redirectTo: undefined,
      redirectToRefused: false,
    });
  });

  it.each(['context=fx_desktop_v3&service=sync', 'service=sync'])(
    'Sync (%s): password always, keys, service sync',
    (query) => {
      expect(flowOf(`/?${query}`)).toMatchObject({
        integration: { kind: 'sync' },
        isSync: true,
        passwordRequired: true,
        wantsKeys: true,
        service: 'sync',
      });
    },
  );

  it('OAuth web: /oauth prefix, the client as service, cached sign-in allowed', () => {
    expect(flowOf(`/oauth?${RELIER}`)).toMatchObject({
      integration: { kind: 'oauth-web' },
      isOAuth: true,
      oauth: { ok: true },
      passwordRequired: false,
      wantsKeys: false,
      service: 'dcdb5ae7add825d2',
      prefix: '/oauth',
    });
  });

  it.each([
    ['prompt=login', false],
    ['max_age=0', false],
    ['keys_jwk=abc', true],
  ])('OAuth web with %s needs the password', (extra, keys) => {
    expect(flowOf(`/oauth?${RELIER}&${extra}`)).toMatchObject({
      passwordRequired: true,
      wantsKeys: keys,
    });
  });

  it('OAuth web with max_age other than 0 keeps the cached sign-in', () => {
    expect(flowOf(`/oauth?${RELIER}&max_age=3600`).passwordRequired).toBe(false);
  });

  it('OAuth web: a relier may not name a service', () => {
    const flow = flowOf(`/oauth?${RELIER}&service=sync`);
    expect(flow.oauth).toMatchObject({ ok: false });
  });

  it('OAuth native for Sync: Sync rules, no /oauth prefix, service from the URL', () => {
    expect(flowOf(`/?${FIREFOX}&service=sync`)).toMatchObject({
      integration: { kind: 'oauth-native', service: 'sync' },
      isSync: true,
      isOAuth: true,
      oauth: { ok: true },
      passwordRequired: true,
      wantsKeys: true,
      service: 'sync',
      prefix: '',
    });
  });

  it('OAuth native for another service without keyed scopes allows the cached sign-in', () => {
    const query = FIREFOX.replace(/scope=[^&]+/, 'scope=profile');
    expect(flowOf(`/?${query}&service=relay`)).toMatchObject({
      isSync: false,
      passwordRequired: false,
      service: 'relay',
    });
  });

  it('redirect_to: a path here is kept; anything else is refused', () => {
    expect(flowOf('/?redirect_to=%2Fsettings%23security').redirectTo).toBe('/settings#security');
    for (const bad of ['javascript:alert(1)', '//evil.example', 'https://evil.example/']) {
      const flow = flowOf(`/?redirect_to=${encodeURIComponent(bad)}`);
      expect(flow.redirectTo).toBeUndefined();
      expect(flow.redirectToRefused).toBe(true);
    }
    expect(flowOf('/?redirect_to=').redirectToRefused).toBe(false);
  });

  it('carries the query, and drops the prefill parameters on demand', () => {
    const flow = flowOf(`/oauth?${RELIER}&login_hint=a%40b.c&email=d%40e.f`);
    expect(withQuery('/oauth/signin', flow.query)).toBe(`/oauth/signin?${flow.query}`);
    expect(withQuery('/signin', '')).toBe('/signin');
    expect(withoutPrefill(flow.query)).toBe(RELIER);
    expect(emailFirstPath(flow)).toBe('/oauth');
    expect(emailFirstPath(flowOf('/signin'))).toBe('/');
  });
});
