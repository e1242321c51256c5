// FxA scope semantics (fxa-shared `oauth/scopes`): space-separated values; a short scope implies its
// colon-separated sub-scopes (`profile` ⊇ `profile:email`), `:write` implies read; URL scopes match
// exactly. Plus the scope registry bits the emulator needs: which scopes carry scoped keys, and
// what an untrusted client may ask for (lib/oauth/grant.js UNTRUSTED_CLIENT_ALLOWED_SCOPES).

export const SCOPE_OLDSYNC = 'https://identity.mozilla.com/apps/oldsync';
export const SCOPE_NOTES = 'https://identity.mozilla.com/apps/notes';
export const SCOPE_SESSION_TOKEN = 'https://identity.mozilla.com/tokens/session';

/** Scopes with scoped keys (`hasScopedKeys` in the upstream scopes table). */
export const KEY_BEARING_SCOPES: ReadonlySet<string> = new Set([SCOPE_OLDSYNC, SCOPE_NOTES]);

export const UNTRUSTED_ALLOWED_SCOPES: readonly string[] = [
  'openid',
  'profile:uid',
  'profile:email',
  'profile:display_name',
];

export function parseScope(scope: string | undefined): string[] {
  return [...new Set((scope ?? '').split(/\s+/).filter(Boolean))];
}

function isUrl(scope: string): boolean {
  return /^https?:\/\//.test(scope);
}

function split(scope: string): { name: string; write: boolean } {
  const write = scope.endsWith(':write');
  return { name: write ? scope.slice(0, -':write'.length) : scope, write };
}

export function scopeImplies(granted: string, required: string): boolean {
  if (granted === required) return true;
  if (isUrl(granted) || isUrl(required)) return false;
  const g = split(granted);
  const r = split(required);
  return (r.name === g.name || r.name.startsWith(`${g.name}:`)) && (g.write || !r.write);
}

export function hasScope(granted: readonly string[], required: string): boolean {
  return granted.some((g) => scopeImplies(g, required));
}

/** Requested scopes not covered by `allowed`. */
export function scopesNotAllowed(
  requested: readonly string[],
  allowed: readonly string[],
): string[] {
  return requested.filter((r) => !hasScope(allowed, r));
}
