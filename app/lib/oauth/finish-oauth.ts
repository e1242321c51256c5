import type { SignedInAccount } from '../../session/precedence';
import { AuthServerError, ERRNO } from '../auth-client/errors';
import { createOAuthCode } from '../auth-client/oauth';
import {
  type AuthorizationRequest,
  checkAuthorizationRequest,
  type RelierCheck,
} from './authorization-request';
import { loadClientInfo } from './client-info';
import { type Leave, leaveForRelier } from './leave';
import { OAUTH_ERRORS, type OAuthFailure, OAuthFailureError } from './oauth-errors';
import { NATIVE_CONTEXT, type OAuthParams, parseOAuthParams } from './oauth-params';
import { needsPermissions } from './permissions';

// Completing an OAuth flow for a signed-in user (upstream fxa-settings lib/oauth/hooks.tsx,
// fxa-upstream.md §4.3). Each page that starts from a relier's URL parses and checks it once
// against what the server says about the client (`/authorization` itself, or checkWithClient
// below); the checked request is handed down as it is, and finishOAuthFlow never reads the query:
// untrusted reliers show their permissions once, then POST /v1/oauth/authorization mints a code
// and the browser goes back to the locally validated redirect with `code` and `state`.

/** The path of the permissions page (upstream `/signin_permissions`). */
export const PERMISSIONS_PATH = '/signin_permissions';

/**
 * The check of parsed parameters against the client's information (fetched once per client and
 * page, and cached, so the page that rendered has usually fetched it already).
 * Rejects with an OAuthFailureError for what stops the flow.
 */
export async function checkWithClient(params: OAuthParams): Promise<AuthorizationRequest> {
  const client = await loadClientInfo(params.clientId);
  const checked = checkAuthorizationRequest(params, client, {
    native: params.context === NATIVE_CONTEXT,
  });
  if (!checked.ok) throw new OAuthFailureError(checked.failure);
  return checked.request;
}

/** The parse and the check, for a page that starts from the URL (the permissions page). */
export async function prepareAuthorization(query: URLSearchParams): Promise<AuthorizationRequest> {
  const parsed = parseOAuthParams(query);
  if (!parsed.ok) throw new OAuthFailureError(parsed.failure);
  return checkWithClient(parsed.params);
}

/**
 * The sign-in pages' check of a relier's parsed parameters before they show anything (their
 * route loader, which has parsed them): the same check as `/authorization`, so an unknown client
 * or an unregistered redirect (even one trailing slash off) is a Bad Request at once, never a
 * "Continue as" that fails on the click. The checked request goes with the result, for the step
 * that finishes the flow. Never rejects.
 */
export async function checkRelierParams(params: OAuthParams): Promise<RelierCheck> {
  try {
    return { ok: true, params, request: await checkWithClient(params) };
  } catch (error) {
    return {
      ok: false,
      failure:
        error instanceof OAuthFailureError ? error.failure : OAUTH_ERRORS.serviceUnavailable(),
    };
  }
}

/** Where the relier gets its code: the validated redirect plus `code` and `state`. */
export function codeRedirectUrl(redirectUri: string, code: string, state: string): string {
  const url = new URL(redirectUri);
  url.searchParams.set('code', code);
  url.searchParams.set('state', state);
  return url.toString();
}

/**
 * POST /v1/oauth/authorization for the session: the one request between the user's click and the
 * redirect. Server refusals about the client or its parameters become OAuthFailureErrors; the
 * session's own problems (110 invalid token, 138 unverified, network, 429, 5xx) are rethrown as
 * they are, for the caller to handle without losing anything.
 */
export async function requestAuthorizationCode(
  account: SignedInAccount,
  request: AuthorizationRequest,
): Promise<{ code: string; state: string }> {
  const { params } = request;
  try {
    const result = await createOAuthCode(account.sessionToken, {
      client_id: request.client.id,
      state: params.state,
      scope: request.scopes.join(' '),
      response_type: 'code',
      redirect_uri: request.redirectUri,
      ...(params.accessType === 'offline' ? { access_type: 'offline' as const } : {}),
      ...(params.codeChallenge
        ? { code_challenge: params.codeChallenge, code_challenge_method: 'S256' as const }
        : {}),
      ...(params.acrValues ? { acr_values: params.acrValues } : {}),
      ...(params.prompt ? { prompt: params.prompt } : {}),
      ...(params.maxAge !== undefined ? { max_age: params.maxAge } : {}),
    });
    // The code must be for this request: a different state would hand the relier a code it
    // never asked for (RFC 6749 §10.12).
    if (result.state !== params.state) throw new OAuthFailureError(OAUTH_ERRORS.unexpected());
    return { code: result.code, state: result.state };
  } catch (error) {
    const failure = error instanceof AuthServerError ? serverRefusal(error) : undefined;
    throw failure ? new OAuthFailureError(failure) : error;
  }
}

/**
 * Auth-server errnos (app-error.ts) that say the request itself is wrong: they stop the flow. The
 * OAuth screens' override of lib/auth-client/error-catalogue.ts: each is a Bad Request page.
 */
function serverRefusal(error: AuthServerError): OAuthFailure | undefined {
  switch (error.errno) {
    case ERRNO.UNKNOWN_CLIENT_ID:
      return OAUTH_ERRORS.unknownClient();
    case ERRNO.INCORRECT_REDIRECT_URI:
      return OAUTH_ERRORS.incorrectRedirect();
    case ERRNO.INVALID_SCOPES:
      return OAUTH_ERRORS.invalidScopes();
    case ERRNO.NOT_PUBLIC_CLIENT:
      return OAUTH_ERRORS.notPublicClient();
    case ERRNO.MISSING_PKCE_PARAMETERS:
    case ERRNO.INVALID_PKCE_CHALLENGE:
      return OAUTH_ERRORS.missingPkce();
    // 170 (acr_values=AAL2, a one-step session) is the session's to fix: the caller asks for the
    // second step (upstream getOAuthNavigationTarget), as it does for 138.
    case ERRNO.INVALID_PARAMETER:
    case ERRNO.INVALID_RESPONSE_TYPE:
      return OAUTH_ERRORS.unexpected();
    default:
      return undefined;
  }
}

export type FinishOAuthInput = {
  account: SignedInAccount;
  /** The request as the page checked it (prepareAuthorization or the page's own check). */
  request: AuthorizationRequest;
  /**
   * An untrusted relier's permissions (or prompt=consent's): `accepted` when the user has just
   * accepted them for this request, else how the page shows them (it carries its own query).
   */
  permissions: 'accepted' | { show: () => void };
  /** Test seam; defaults to a real navigation. */
  leave?: Leave;
};

/** The permissions page for a flow's query (without the leading `?`). */
export const permissionsUrl = (query: string) => `${PERMISSIONS_PATH}?${query}`;

/**
 * Ends an OAuth flow once the user is signed in: asks the auth server for a code and sends the
 * browser back to the relier's validated redirect with `code` and `state` (or, for untrusted
 * reliers that have not consented yet, to the permissions page first).
 *
 * The sign-in pages call this for OAuth web integrations. Resolves once navigation has started;
 * rejects with an OAuthFailureError (show the Bad Request page), an AuthServerError (110: the
 * session is gone, sign in again; 138: confirm the session) or a NetworkError (say so, retry).
 * Firefox's own flows (context=oauth_webchannel_v1) get their code from requestAuthorizationCode
 * and send it over the WebChannel instead.
 */
export async function finishOAuthFlow(input: FinishOAuthInput): Promise<void> {
  const { request, permissions } = input;
  if (request.params.context === NATIVE_CONTEXT) {
    // Never navigate to a WebChannel URN; the native flow delivers its code itself.
    throw new OAuthFailureError(OAUTH_ERRORS.incorrectRedirect());
  }
  if (permissions !== 'accepted' && needsPermissions(request, input.account.uid)) {
    permissions.show();
    return;
  }
  // Scoped keys need the password's keys (keyFetchToken/unwrapBKey); a one-click session has none.
  if (request.wantsKeys) throw new OAuthFailureError(OAUTH_ERRORS.tryAgain());
  const { code, state } = await requestAuthorizationCode(input.account, request);
  (input.leave ?? leaveForRelier)(codeRedirectUrl(request.redirectUri, code, state));
}
