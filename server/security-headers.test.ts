// The header policy over real HTTP (../shared/reference/security-tests.md §2, B23–B25). The
// expected values are written out here, not imported, so any drift in the policy fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';
import { contentSecurityPolicy, referrerPolicyFor } from './security-headers.ts';
import { type RunningServer, request, startServer } from './test-support.ts';

const EXPECTED_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: http://localhost:9555",
  "connect-src 'self' http://localhost:9555 wss://channelserver.services.mozilla.com https://channelserver.services.mozilla.com",
  "font-src 'self'",
  'media-src blob:',
  "object-src 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'none'",
  'report-uri /_/csp-violation',
].join('; ');

/** Every security header, exactly; Referrer-Policy varies by route and is checked below. */
const EXPECTED = {
  'content-security-policy': EXPECTED_CSP,
  'x-frame-options': 'DENY',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'x-robots-tag': 'noindex,nofollow',
  'x-xss-protection': '0',
};

/** Headers that must never be sent: CORS (RFC 9700 §2.6) and server fingerprints. */
const FORBIDDEN = [
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-expose-headers',
  'x-powered-by',
  'server',
];

const HTML_ROUTES = [
  '/',
  '/signin',
  '/settings',
  '/settings/avatar',
  '/authorization?client_id=dcdb5ae7add825d2&state=abc&scope=profile',
  '/oauth/signin',
  '/no/such/route',
];

const NO_REFERRER = [
  '/',
  '/?redirect_to=%2Fsettings',
  '/authorization?client_id=dcdb5ae7add825d2&state=abc',
  '/oauth',
  '/oauth/',
  '/oauth/signin',
  '/oauth/signup',
  '/oauth/force_auth',
  '/signin',
  '/SIGNIN',
  '/signin/',
  '/signin_token_code',
  '/signin_totp_code',
  '/signin_permissions',
  '/signup',
  '/signup_confirmed',
  '/confirm_signup_code',
  '/force_auth',
  '/complete_signin',
  '/pair/supp',
  '/reset_password',
  '/complete_reset_password?token=x&code=y',
  '/account_recovery_confirm_key',
  '/inline_totp_setup',
  '/post_verify/third_party_auth/callback',
];

const STRICT_ORIGIN = ['/settings', '/settings/emails', '/legal/terms', '/clear', '/signinx'];

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ env: { EMULATOR_PORT: '9555' } });
});
afterAll(() => server.close());

function expectSecurityHeaders(headers: Record<string, unknown>) {
  for (const [name, value] of Object.entries(EXPECTED)) {
    expect(headers[name], name).toBe(value);
  }
  for (const name of FORBIDDEN) expect(headers[name], name).toBeUndefined();
}

describe('HTML documents', () => {
  it.each(HTML_ROUTES)('%s carries every security header, exactly', async (route) => {
    const res = await request(server.port, route);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expectSecurityHeaders(res.headers);
  });

  it('the CSP allows no inline script or style, and no eval', async () => {
    const csp = String((await request(server.port, '/signin')).headers['content-security-policy']);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
  });
});

describe('Referrer-Policy', () => {
  it.each(NO_REFERRER)('%s sends no referrer at all', async (route) => {
    const res = await request(server.port, route);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it.each(STRICT_ORIGIN)('%s sends only the origin cross-origin', async (route) => {
    const res = await request(server.port, route);
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });
});

describe('every other response carries the same policy', () => {
  it.each([
    ['an asset', 'GET', '/assets/index-Ab12Cd34.js', 200],
    ['the client configuration', 'GET', '/.well-known/fxa-client-configuration', 200],
    ['a heartbeat', 'GET', '/__heartbeat__', 200],
    ['a missing file', 'GET', '/missing.php', 404],
    ['a bad path', 'GET', '/%zz', 400],
    ['a refused method', 'DELETE', '/signin', 405],
    ['a HEAD request', 'HEAD', '/authorization', 200],
  ])('%s', async (_label, method, route, status) => {
    const res = await request(server.port, route, { method });
    expect(res.status).toBe(status);
    expectSecurityHeaders(res.headers);
  });
});

describe('no CORS, even when asked', () => {
  it('a cross-origin GET of /authorization gets no Access-Control-* headers', async () => {
    const res = await request(server.port, '/authorization?client_id=dcdb5ae7add825d2', {
      headers: { Origin: 'https://evil.example' },
    });
    expect(res.status).toBe(200);
    expectSecurityHeaders(res.headers);
  });

  it('a preflight is refused', async () => {
    const res = await request(server.port, '/authorization', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://evil.example',
        'Access-Control-Request-Method': 'GET',
      },
    });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expectSecurityHeaders(res.headers);
  });
});

describe('contentSecurityPolicy', () => {
  const services = readConfig({
    AUTH_SERVER_URL: 'https://api.accounts.example/v1',
    OAUTH_SERVER_URL: 'https://oauth.accounts.example/v1',
    PROFILE_SERVER_URL: 'https://profile.accounts.example/v1',
    PROFILE_IMAGES_URL: 'https://images.accounts.example/a/',
    PAIRING_SERVER_BASE_URI: 'wss://pairing.accounts.example',
  }).services;

  it('names each back end by origin, in connect-src and img-src', () => {
    const directives = contentSecurityPolicy(services).split('; ');
    expect(directives).toContain(
      "connect-src 'self' https://api.accounts.example https://oauth.accounts.example https://profile.accounts.example wss://pairing.accounts.example https://pairing.accounts.example",
    );
    expect(directives).toContain(
      "img-src 'self' data: blob: https://images.accounts.example https://profile.accounts.example",
    );
  });

  it('relaxes only script, style and the HMR socket for the Vite dev server', () => {
    const prod = contentSecurityPolicy(services).split('; ');
    const dev = contentSecurityPolicy(services, {
      hmrWebSocketOrigin: 'ws://localhost:3030',
    }).split('; ');
    const changed = dev.filter((directive) => !prod.includes(directive));
    expect(changed).toEqual([
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      `${prod.find((d) => d.startsWith('connect-src'))} ws://localhost:3030`,
    ]);
    expect(dev).toContain("frame-ancestors 'none'");
  });
});

describe('referrerPolicyFor', () => {
  it('needs the whole segment: a prefix of a sensitive name is not enough', () => {
    expect(referrerPolicyFor('/oauthx')).toBe('strict-origin-when-cross-origin');
    expect(referrerPolicyFor('/Oauth/Signin')).toBe('no-referrer');
  });
});
