// Emulator configuration. Defaults match the local targets of upstream's functional tests
// (fxa-upstream.md §7.1: content server http://localhost:3030, auth server http://localhost:9000)
// and upstream's timings (authorization codes 15 min, Hawk skew ±60 s).

export interface DemoAccountOptions {
  email: string;
  password: string;
  uid: string;
  displayName: string | null;
  /** A verified session with this raw token (what a signed-in Firefox holds); null for none. */
  sessionToken: string | null;
}

export interface EmulatorOptions {
  /** Content-server origin: OIDC issuer and `authorization_endpoint` base. */
  contentOrigin?: string;
  /** Origin of the local demo relier: the seeded reliers' redirect URIs live there (seed.ts). */
  relierOrigin?: string;
  /** The emulator's public origin in generated URLs; default: each request's own origin. */
  publicOrigin?: string;
  /** Origins allowed to call the auth and control APIs cross-origin (default: contentOrigin). */
  corsOrigins?: string[];
  /** Hawk timestamp window in seconds (hawk's default, 60). */
  hawkSkewSec?: number;
  /** Login sessions must confirm a 6-digit email code before they count as verified. */
  loginVerification?: boolean;
  authorizationCodeTtlMs?: number;
  accessTokenTtlSec?: number;
  emailCodeTtlMs?: number;
  /** Seed the demo account; false for an empty account table (clients are always seeded). */
  demoAccount?: Partial<DemoAccountOptions> | false;
  /** Mount the `/__emulator/*` control API (tests and dev only). */
  controlApi?: boolean;
  /** Base clock in ms (the control API can move it forward). */
  now?: () => number;
}

export interface ResolvedOptions {
  contentOrigin: string;
  relierOrigin: string;
  publicOrigin: string | null;
  corsOrigins: string[];
  hawkSkewSec: number;
  loginVerification: boolean;
  authorizationCodeTtlMs: number;
  accessTokenTtlSec: number;
  emailCodeTtlMs: number;
  demoAccount: DemoAccountOptions | null;
  controlApi: boolean;
  now: () => number;
}

export const DEFAULT_CONTENT_ORIGIN = 'http://localhost:3030';
/** Upstream's local 123done (fxa-upstream.md §7.1); `npm start` runs the demo relier there. */
export const DEFAULT_RELIER_ORIGIN = 'http://localhost:8080';

/** The seeded demo user; uid and token match app/dev-tools.ts's simulated signed-in Firefox. */
export const DEMO_ACCOUNT: DemoAccountOptions = {
  email: 'demo@example.com',
  password: 'demo-password',
  uid: '0123456789abcdef0123456789abcdef',
  displayName: 'Demo User',
  sessionToken: 'a'.repeat(64),
};

function stripSlash(origin: string): string {
  return origin.replace(/\/+$/, '');
}

export function resolveOptions(o: EmulatorOptions = {}): ResolvedOptions {
  const contentOrigin = stripSlash(o.contentOrigin ?? DEFAULT_CONTENT_ORIGIN);
  return {
    contentOrigin,
    relierOrigin: stripSlash(o.relierOrigin ?? DEFAULT_RELIER_ORIGIN),
    publicOrigin: o.publicOrigin ? stripSlash(o.publicOrigin) : null,
    corsOrigins: (o.corsOrigins ?? [contentOrigin]).map(stripSlash),
    hawkSkewSec: o.hawkSkewSec ?? 60,
    loginVerification: o.loginVerification ?? true,
    authorizationCodeTtlMs: o.authorizationCodeTtlMs ?? 15 * 60 * 1000,
    accessTokenTtlSec: o.accessTokenTtlSec ?? 24 * 60 * 60,
    emailCodeTtlMs: o.emailCodeTtlMs ?? 2 * 60 * 60 * 1000,
    demoAccount: o.demoAccount === false ? null : { ...DEMO_ACCOUNT, ...o.demoAccount },
    controlApi: o.controlApi ?? true,
    now: o.now ?? Date.now,
  };
}
