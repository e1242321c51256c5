// The one header policy of the content server, shared by the production server (server/app.ts)
// and the Vite dev/preview servers (vite.config.ts). Values follow
// ../shared/reference/security-tests.md §2; upstream: fxa-content-server
// server/bin/fxa-content-server.js (helmet), server/lib/csp/blocking.js, coop.js, noindex.js.
import { URL } from 'node:url'; // not the global: under vitest that is happy-dom's
import type { ServiceUrls } from './config.ts';

/** Where browsers POST CSP violation reports (ASVS 3.4.7); handled by server/csp-report.ts. */
export const CSP_REPORT_PATH = '/_/csp-violation';

/**
 * What only the Vite dev server needs: the React Refresh preamble is an inline module script,
 * Vite injects CSS as <style> elements, and HMR talks over a WebSocket. Never used in production.
 */
export interface DevRelaxation {
  hmrWebSocketOrigin: string;
}

/** `scheme://host[:port]`: CSP source expressions are origins (paths would narrow them). */
function originOf(url: string): string {
  const { protocol, host } = new URL(url);
  return `${protocol}//${host}`;
}

const unique = (values: string[]) => [...new Set(values)];

/**
 * Content-Security-Policy: upstream's blocking directives plus `frame-ancestors 'none'` and
 * `base-uri 'none'`, which upstream lacks (reference §2, §3 item 5). No 'unsafe-inline' or
 * 'unsafe-eval' outside the dev server.
 */
export function contentSecurityPolicy(services: ServiceUrls, dev?: DevRelaxation): string {
  const profile = originOf(services.profileServerUrl);
  const pairing = originOf(services.pairingServerUrl);
  // Upstream allows the pairing channel server over both its WebSocket and HTTP schemes.
  const pairingHttp = pairing.replace(/^ws(s?):/, 'http$1:');
  const connect = unique([
    "'self'",
    originOf(services.authServerUrl),
    originOf(services.oauthServerUrl),
    profile,
    pairing,
    pairingHttp,
    ...(dev ? [dev.hmrWebSocketOrigin] : []),
  ]);
  const img = unique(["'self'", 'data:', 'blob:', originOf(services.profileImagesUrl), profile]);
  const inline = dev ? " 'unsafe-inline'" : '';
  return [
    "default-src 'self'",
    `script-src 'self'${inline}`,
    `style-src 'self'${inline}`,
    `img-src ${img.join(' ')}`,
    `connect-src ${connect.join(' ')}`,
    "font-src 'self'",
    'media-src blob:',
    "object-src 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'none'",
    `report-uri ${CSP_REPORT_PATH}`,
  ].join('; ');
}

/**
 * First path segments whose URLs carry flow parameters (OAuth code/state, email, uid, one-time
 * tokens): no Referer at all leaves them (RFC 9700 §4.2.4, ASVS 3.4.5). `name` also covers
 * `name_*` (signin → signin_token_code, signin_totp_code, …). Route names: fxa-upstream.md §3.1.
 */
const NO_REFERRER_SEGMENTS = [
  'authorization',
  'oauth',
  'signin',
  'signup',
  'force_auth',
  'confirm_signup_code',
  'complete_signin',
  'report_signin',
  'pair',
  'reset_password',
  'confirm_reset_password',
  'complete_reset_password',
  'confirm_totp_reset_password',
  'confirm_backup_code_reset_password',
  'account_recovery',
  'inline',
  'post_verify',
  'verify_email',
  'primary_email_verified',
];

export type ReferrerPolicy = 'no-referrer' | 'strict-origin-when-cross-origin';

export function referrerPolicyFor(pathname: string): ReferrerPolicy {
  // React Router matches paths case-insensitively, so /SIGNIN renders the sign-in page too.
  const segment = (pathname.split('/')[1] ?? '').toLowerCase();
  // `/` is the email-first page, the start of every sign-in (and the /oauth target).
  if (segment === '') return 'no-referrer';
  const sensitive = NO_REFERRER_SEGMENTS.some(
    (name) => segment === name || segment.startsWith(`${name}_`),
  );
  return sensitive ? 'no-referrer' : 'strict-origin-when-cross-origin';
}

/**
 * Headers for every response (documents, assets, JSON, errors): one policy that no code path
 * can forget. CORS headers are deliberately absent (RFC 9700 §2.6, ASVS 3.4.2).
 */
export function securityHeaders(pathname: string, csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    // Legacy complement to frame-ancestors (RFC 9700 §4.16; upstream helmet.frameguard deny).
    'X-Frame-Options': 'DENY',
    // ASVS 3.4.1 asks for at least a year; upstream's 180-day default is below that.
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': referrerPolicyFor(pathname),
    // Relier/opener windows must not script the accounts window (upstream server/lib/coop.js).
    'Cross-Origin-Opener-Policy': 'same-origin',
    // URLs can carry verification tokens (upstream server/lib/noindex.js).
    'X-Robots-Tag': 'noindex,nofollow',
    // What helmet.xssFilter() sends today: the legacy auditor is off (reference §2).
    'X-XSS-Protection': '0',
  };
}

/** Minimal response surface shared by node:http and Vite's connect middlewares. */
export interface HeaderSink {
  setHeader(name: string, value: string): unknown;
  removeHeader(name: string): unknown;
}

export function applySecurityHeaders(res: HeaderSink, pathname: string, csp: string): void {
  for (const [name, value] of Object.entries(securityHeaders(pathname, csp))) {
    res.setHeader(name, value);
  }
  // Neither node:http nor Vite sends these, but a proxy or middleware could add them.
  res.removeHeader('X-Powered-By');
  res.removeHeader('Server');
}
