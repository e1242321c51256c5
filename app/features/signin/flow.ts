import { type Integration, isSyncIntegration, readIntegration } from '../../lib/integration';
import type { OAuthFailure } from '../oauth/oauth-errors';
import { type OAuthParams, parseOAuthParams } from '../oauth/oauth-params';

// What the URL asks of the sign-in pages: which integration (upstream's matrix, fxa-upstream.md
// §2.2), whether a password is required (§4.4), whether keys are wanted, and the query every step
// of the flow carries along.

export const OLDSYNC_SCOPE = 'https://identity.mozilla.com/apps/oldsync';

export type SigninFlow = {
  integration: Integration;
  /** The browser's own sign-in (Sync desktop v3 / basic, or OAuth native for Sync). */
  isSync: boolean;
  isOAuth: boolean;
  /** Parsed OAuth parameters; for OAuth a failure stops the flow on a Bad Request page. */
  oauth: { ok: true; params: OAuthParams } | { ok: false; failure: OAuthFailure } | null;
  /** No cached one-click sign-in: the user must type the password (§4.4). */
  passwordRequired: boolean;
  /** Sign in with `keys=true`: Sync's fxaccounts:login, or an OAuth relier's scoped keys. */
  wantsKeys: boolean;
  /** `service` sent with sign-in/sign-up (upstream integration.getService()). */
  service: string | undefined;
  /** `/oauth` for OAuth web reliers (upstream routes them to /oauth/signin, /oauth/signup). */
  prefix: '' | '/oauth';
  /** The flow's query string, carried from step to step (without the leading `?`). */
  query: string;
};

export function readSigninFlow(url: URL): SigninFlow {
  const integration = readIntegration(url);
  const isOAuth = integration.kind === 'oauth-web' || integration.kind === 'oauth-native';
  let oauth: SigninFlow['oauth'] = null;
  if (isOAuth) {
    // `service` is refused on a relier's URL but is how Firefox names what an OAuth native
    // flow is for (sync, relay, vpn…): only web reliers are held to the rule.
    const q = new URLSearchParams(url.search);
    if (integration.kind === 'oauth-native') q.delete('service');
    oauth = parseOAuthParams(q);
  }
  const params = oauth?.ok ? oauth.params : undefined;
  const isSync = isSyncIntegration(integration);
  const keyedScope = params?.scopes.includes(OLDSYNC_SCOPE) ?? false;
  const oauthWantsKeys = keyedScope || params?.keysJwk !== undefined;
  const wantsLogin = params?.prompt === 'login' || params?.maxAge === 0;
  const service = isOAuth
    ? integration.kind === 'oauth-native' && integration.service
      ? integration.service
      : integration.clientId
    : integration.service || undefined;
  return {
    integration,
    isSync,
    isOAuth,
    oauth,
    passwordRequired: isSync || oauthWantsKeys || wantsLogin,
    wantsKeys: isSync || oauthWantsKeys,
    service: service || undefined,
    prefix: integration.kind === 'oauth-web' ? '/oauth' : '',
    query: url.searchParams.toString(),
  };
}

/** `path?query`, or just `path` when the flow has no query. */
export const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

/** The flow's query without the prefill parameters (after "Use a different account"). */
export function withoutPrefill(query: string): string {
  const q = new URLSearchParams(query);
  q.delete('email');
  q.delete('login_hint');
  return q.toString();
}
