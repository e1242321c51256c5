import { OAUTH_ERRORS, type OAuthFailure } from './oauth-errors';
import {
  type ClientInfo,
  type OAuthParams,
  type ReturnTo,
  WEBCHANNEL_REDIRECTS,
} from './oauth-params';

// A relier's request once the server has said who the client is: the redirect the flow may go
// back to (a registered one, never the query's value unchecked), the scopes it may ask for, and
// whether it wants scoped keys. Upstream: fxa-settings models/integrations/oauth-integration.ts
// (getRedirectUri, sanitizeUntrustedPermissions, wantsKeys); security reference B1, B3, B14, B15.

export type AuthorizationRequest = {
  params: OAuthParams;
  client: ClientInfo;
  /** Registered and equal to the one asked for (or the first registered): safe to navigate to. */
  redirectUri: string;
  /** What the server is asked for: an untrusted client's scopes are filtered. */
  scopes: string[];
  /** keys_jwk with a key-bearing scope, to a redirect allowed to receive keys. */
  wantsKeys: boolean;
};

export const SCOPE_OLDSYNC = 'https://identity.mozilla.com/apps/oldsync';
export const SCOPE_NOTES = 'https://identity.mozilla.com/apps/notes';

/**
 * Scopes that carry keys, and the only redirects their keys may be delivered to (upstream's
 * `scopedKeys.validation` configuration). Keys for Sync go to Firefox itself, over the WebChannel.
 */
export const SCOPED_KEYS_REDIRECTS: Readonly<Record<string, readonly string[]>> = {
  [SCOPE_OLDSYNC]: WEBCHANNEL_REDIRECTS,
  [SCOPE_NOTES]: [],
};

/**
 * What the sign-in pages' loader found in a relier's URL: its parameters and, for a web relier,
 * the request checked against the client (the one the flow's last step finishes with).
 */
export type RelierCheck =
  | { ok: true; params: OAuthParams; request?: AuthorizationRequest }
  | { ok: false; failure: OAuthFailure; returnTo?: ReturnTo };

export type CheckResult =
  | { ok: true; request: AuthorizationRequest }
  | { ok: false; failure: OAuthFailure };

export function checkAuthorizationRequest(
  params: OAuthParams,
  client: ClientInfo,
  options: { native: boolean },
): CheckResult {
  const fail = (failure: OAuthFailure): CheckResult => ({ ok: false, failure });
  const redirectUri = resolveRedirectUri(params, client);
  if (redirectUri === undefined) return fail(OAUTH_ERRORS.incorrectRedirect());
  // A web relier is sent back with a navigation: only to an http(s) address. Firefox's own
  // clients get their code over the WebChannel and never navigate to their URN.
  if (!options.native && !/^https?:\/\//.test(redirectUri)) {
    return fail(OAUTH_ERRORS.incorrectRedirect());
  }
  const scopes = permittedScopes(params.scopes, client.trusted);
  if (scopes.length === 0) return fail(OAUTH_ERRORS.invalidScopes());
  const keyed = scopes.filter((s) => s in SCOPED_KEYS_REDIRECTS);
  const wantsKeys = params.keysJwk !== undefined && keyed.length > 0;
  if (wantsKeys && !keyed.every((s) => SCOPED_KEYS_REDIRECTS[s]?.includes(redirectUri))) {
    return fail(OAUTH_ERRORS.invalidKeysRedirect());
  }
  return { ok: true, request: { params, client, redirectUri, scopes, wantsKeys } };
}

/**
 * The redirect actually used: a given redirect_uri must equal one of the registered ones
 * exactly (comma-separated upstream); absent, the first registered one. Never the query's
 * value unchecked (security reference B1, B3).
 */
export function resolveRedirectUri(
  params: Pick<OAuthParams, 'redirectUri'>,
  client: ClientInfo,
): string | undefined {
  const registered = client.redirectUri
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  if (params.redirectUri === undefined) return registered[0];
  return registered.includes(params.redirectUri) ? params.redirectUri : undefined;
}

/** What an untrusted relier may ask for (upstream OAUTH_UNTRUSTED_ALLOWED_PERMISSIONS). */
const UNTRUSTED_ALLOWED = new Set([
  'openid',
  'profile:display_name',
  'profile:email',
  'profile:uid',
]);

/** Untrusted clients' scopes are filtered; an empty result is an invalid scope (B14). */
export function permittedScopes(scopes: string[], trusted: boolean): string[] {
  if (trusted) return scopes;
  const expanded = scopes.flatMap((s) =>
    s === 'profile' ? ['profile:uid', 'profile:email', 'profile:display_name'] : [s],
  );
  return [...new Set(expanded.filter((s) => UNTRUSTED_ALLOWED.has(s)))];
}
