import type { MfaAction } from '../../../lib/auth-client/mfa';

// Step-up JWTs, in memory only (never storage, URLs or logs: docs/decisions/0021): one per
// (session token, action), as upstream's JwtTokenCache keys them
// (packages/fxa-settings/src/lib/cache.ts). A reload forgets them; the user confirms again.

/** Seconds before `exp` at which a JWT counts as spent (a request must still reach the server). */
const MARGIN_SEC = 30;
/** upstream `mfa.jwt.expiresInSec`, if the token's own `exp` cannot be read. */
const DEFAULT_TTL_SEC = 600;

const cache = new Map<string, { jwt: string; expiresAtSec: number }>();
const key = (sessionToken: string, action: MfaAction) => `${sessionToken}:${action}`;
const nowSec = () => Math.floor(Date.now() / 1000);

/** The JWT's `exp` claim (we hold no key to check its signature; the server does that). */
function expiry(jwt: string): number {
  try {
    const payload = jwt.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    if (typeof exp === 'number') return exp;
  } catch {
    // fall through
  }
  return nowSec() + DEFAULT_TTL_SEC;
}

export function cachedJwt(sessionToken: string, action: MfaAction): string | undefined {
  const entry = cache.get(key(sessionToken, action));
  if (!entry) return undefined;
  if (entry.expiresAtSec - MARGIN_SEC > nowSec()) return entry.jwt;
  cache.delete(key(sessionToken, action));
  return undefined;
}

export function rememberJwt(sessionToken: string, action: MfaAction, jwt: string): void {
  cache.set(key(sessionToken, action), { jwt, expiresAtSec: expiry(jwt) });
}

export function forgetJwt(sessionToken: string, action: MfaAction): void {
  cache.delete(key(sessionToken, action));
}
