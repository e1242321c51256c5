import { type Integration, isSyncIntegration, readIntegration } from '../../lib/integration';
import type { RelierCheck } from '../../lib/oauth/authorization-request';
import { safeRedirectTo } from '../../lib/redirect-to';
import { emailParam } from './email';
import { isOAuthIntegration } from './oauth-check';

// What the URL asks of the sign-in pages: which integration (upstream's matrix, fxa-upstream.md
// §2.2), whether a password is required (§4.4), whether keys are wanted, and the query every step
// of the flow carries along.

export const OLDSYNC_SCOPE = 'https://identity.mozilla.com/apps/oldsync';

export type SigninFlow = {
  integration: Integration;
  /** The browser's own sign-in (Sync desktop v3 / basic, or OAuth native for Sync). */
  isSync: boolean;
  isOAuth: boolean;
  /**
   * Parsed OAuth parameters (and a web relier's checked request, which the flow finishes with);
   * for OAuth a failure stops the flow on a Bad Request page.
   */
  oauth: RelierCheck | null;
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
  /** The address the URL names (`email`, else `login_hint`); it wins over any account. */
  emailHint: string | undefined;
  /** Where a Web sign-in ends instead of /settings: a path on this origin only (C1–C4). */
  redirectTo: string | undefined;
  /** `redirect_to` was given but is not a path on this origin (upstream: Bad Request page). */
  redirectToRefused: boolean;
};

/**
 * The flow of `url`. `oauth` is the check of its OAuth parameters (oauth-check.ts), null for
 * integrations that are not OAuth.
 */
export function readSigninFlow(url: URL, oauth: RelierCheck | null): SigninFlow {
  const integration = readIntegration(url);
  const isOAuth = isOAuthIntegration(integration);
  const params = oauth?.ok ? oauth.params : undefined;
  const isSync = isSyncIntegration(integration);
  const keyedScope = params?.scopes.includes(OLDSYNC_SCOPE) ?? false;
  const oauthWantsKeys = keyedScope || params?.keysJwk !== undefined;
  const wantsLogin = params?.prompt === 'login' || params?.maxAge === 0;
  const rawRedirectTo = url.searchParams.get('redirect_to') ?? url.searchParams.get('redirectTo');
  const redirectTo = safeRedirectTo(rawRedirectTo, url.origin);
  const service = isOAuth
    ? integration.kind === 'oauth-native' && integration.service
      ? integration.service
      : integration.clientId
    : integration.service || undefined;
  return {
    integration,
    isSync,
    isOAuth,
    oauth: isOAuth ? oauth : null,
    passwordRequired: isSync || oauthWantsKeys || wantsLogin,
    wantsKeys: isSync || oauthWantsKeys,
    service: service || undefined,
    prefix: integration.kind === 'oauth-web' ? '/oauth' : '',
    query: url.searchParams.toString(),
    emailHint: emailParam(url.searchParams),
    redirectTo,
    redirectToRefused: Boolean(rawRedirectTo) && redirectTo === undefined,
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

/** Email-first for this flow (`/`, or `/oauth` for web reliers). */
export const emailFirstPath = (flow: Pick<SigninFlow, 'prefix'>) => flow.prefix || '/';
