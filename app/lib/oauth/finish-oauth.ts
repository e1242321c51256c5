import type { SignedInAccount } from '../../session/precedence';
import { AuthServerError, ERRNO } from '../auth-client/errors';
import { createOAuthCode } from '../auth-client/oauth';
import {
  type AuthorizationRequest,
  checkAuthorizationRequest,
  codeRedirectUrl,
} from './authorization-request';
import { loadClientInfo } from './client-info';
import { type Leave, leaveForRelier } from './leave';
import { OAUTH_ERRORS, type OAuthFailure, OAuthFailureError } from './oauth-errors';
import { NATIVE_CONTEXT, type ParseResult, parseOAuthParams } from './oauth-params';
import { needsPermissions } from './permissions';

// Completing an OAuth flow for a signed-in user (upstream fxa-settings lib/oauth/hooks.tsx,
// fxa-upstream.md §4.3): the request is checked against what the server says about the client,
// untrusted reliers show their permissions once, then POST /v1/oauth/authorization mints a code
// and the browser goes back to the locally validated redirect with `code` and `state`.

/** The path of the permissions page (upstream `/signin_permissions`). */
export const PERMISSIONS_PATH = '/signin_permissions';

/**
 * Parses the flow's query and checks it against the client's information (fetched once per page
 * and cached, so the page that rendered has usually fetched it already).
 * Rejects with an OAuthFailureError for anything that must stop the flow.
 */
export async function prepareAuthorization(query: URLSearchParams): Promise<AuthorizationRequest> {
  const parsed = parseOAuthParams(query);
  if (!parsed.ok) throw new OAuthFailureError(parsed.failure);
  const client = await loadClientInfo(parsed.params.clientId);
  const checked = checkAuthorizationRequest(parsed.params, client, {
    native: parsed.params.context === NATIVE_CONTEXT,
  });
  if (!checked.ok) throw new OAuthFailureError(checked.failure);
  return checked.request;
}

/**
 * The sign-in pages' check of a relier's request before they show anything (their route
 * loader): the same check as `/authorization` and the final click (prepareAuthorization), so an
 * unknown client or an unregistered redirect (even one trailing slash off) is a Bad Request at
 * once, never a "Continue as" that fails on the click. Never rejects.
 */
export async function checkRelierQuery(query: URLSearchParams): Promise<ParseResult> {
  try {
    const { params } = await prepareAuthorization(query);
    return { ok: true, params };
  } catch (error) {
    return {
      ok: false,
      failure:
        error instanceof OAuthFailureError ? error.failure : OAUTH_ERRORS.serviceUnavailable(),
    };
  }
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
  /** The OAuth query of the flow (client_id, state, scope, redirect_uri, PKCE, …). */
  query: URLSearchParams;
  /** For an in-app step (the permissions page). */
  navigate: (to: string) => void;
  /** The user has just accepted the permissions page for this request. */
  permissionsAccepted?: boolean;
  /** Test seam; defaults to a real navigation. */
  leave?: Leave;
};

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
  const request = await prepareAuthorization(input.query);
  if (request.params.context === NATIVE_CONTEXT) {
    // Never navigate to a WebChannel URN; the native flow delivers its code itself.
    throw new OAuthFailureError(OAUTH_ERRORS.incorrectRedirect());
  }
  if (!input.permissionsAccepted && needsPermissions(request, input.account.uid)) {
    input.navigate(`${PERMISSIONS_PATH}?${input.query.toString()}`);
    return;
  }
  // Scoped keys need the password's keys (keyFetchToken/unwrapBKey); a one-click session has none.
  if (request.wantsKeys) throw new OAuthFailureError(OAUTH_ERRORS.tryAgain());
  const { code, state } = await requestAuthorizationCode(input.account, request);
  (input.leave ?? leaveForRelier)(codeRedirectUrl(request.redirectUri, code, state));
}
