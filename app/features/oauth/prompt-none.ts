import {
  ERRNO,
  isAuthServerError,
  isInvalidTokenError,
  isNetworkError,
} from '../../lib/auth-client/errors';
import { verifyIdToken } from '../../lib/auth-client/id-token';
import type { AuthorizationRequest } from '../../lib/oauth/authorization-request';
import { codeRedirectUrl, requestAuthorizationCode } from '../../lib/oauth/finish-oauth';
import { OAUTH_ERRORS, type OAuthFailure, OAuthFailureError } from '../../lib/oauth/oauth-errors';
import { needsPermissions } from '../../lib/oauth/permissions';
import type { SignedInAccount } from '../../session/precedence';

// prompt=none: the relier asks for a code without any page the user would see (OIDC Core
// §3.1.2.1). Either the signed-in session gives one at once, or the relier gets an OIDC error.
// Checks and their order after upstream fxa-settings models/integrations/oauth-integration.ts
// validatePromptNoneRequest (docs/oauth/prompt-none.md; fxa-upstream.md §4.2; security B17–B22).

/**
 * Clients allowed to use prompt=none with a login_hint or no hint (upstream configuration
 * `oauth.prompt_none.enabled_client_ids`: 123done and two Mozilla services), plus our Pocket demo.
 * Any client may use it with an id_token_hint alone (PR mozilla/fxa#16430).
 */
export const PROMPT_NONE_CLIENT_IDS: ReadonlySet<string> = new Set([
  'dcdb5ae7add825d2',
  '7f368c6886429f19',
  '32aaeb6f1c21316a',
  '7c0a2f3e4d5b6a19',
]);

/** An id_token_hint is still accepted this long after it expired (upstream: 7 days). */
export const ID_TOKEN_HINT_GRACE_SEC = 7 * 24 * 60 * 60;

export type PromptNoneOutcome =
  | { kind: 'code'; url: string }
  | { kind: 'error'; failure: OAuthFailure };

export async function runPromptNone(input: {
  request: AuthorizationRequest;
  account: SignedInAccount | undefined;
  /** Called when the server says the session is gone: it is forgotten here too. */
  onInvalidSession: () => void;
}): Promise<PromptNoneOutcome> {
  const { request, account } = input;
  const { params, client } = request;
  const fail = (failure: OAuthFailure): PromptNoneOutcome => ({ kind: 'error', failure });

  const idTokenOnly = params.idTokenHint !== undefined && params.loginHint === undefined;
  if (!PROMPT_NONE_CLIENT_IDS.has(client.id) && !idTokenOnly) {
    return fail(OAUTH_ERRORS.promptNoneNotForClient());
  }
  if (params.keysJwk !== undefined) return fail(OAUTH_ERRORS.promptNoneWithKeys());
  if (!account) return fail(OAUTH_ERRORS.promptNoneNotSignedIn());
  if (params.loginHint && params.loginHint.toLowerCase() !== account.email.toLowerCase()) {
    return fail(OAUTH_ERRORS.promptNoneDifferentUser());
  }
  if (params.idTokenHint !== undefined) {
    let sub: string;
    try {
      sub = (await verifyIdToken(params.idTokenHint, client.id, ID_TOKEN_HINT_GRACE_SEC)).sub;
    } catch (error) {
      // The server could not be asked: that is not the relier's fault, so no OIDC error.
      if (isNetworkError(error)) throw error;
      return fail(OAUTH_ERRORS.promptNoneInvalidIdTokenHint());
    }
    if (sub !== account.uid) return fail(OAUTH_ERRORS.promptNoneDifferentUser());
  }
  if (!account.verified) return fail(OAUTH_ERRORS.promptNoneUnverified());
  if (needsPermissions(request, account.uid)) return fail(OAUTH_ERRORS.promptNoneConsentRequired());

  try {
    const { code, state } = await requestAuthorizationCode(account, request);
    return { kind: 'code', url: codeRedirectUrl(request.redirectUri, code, state) };
  } catch (error) {
    if (error instanceof OAuthFailureError) return fail(error.failure);
    if (isInvalidTokenError(error)) {
      input.onInvalidSession();
      return fail(OAUTH_ERRORS.promptNoneNotSignedIn());
    }
    if (
      isAuthServerError(error, ERRNO.UNVERIFIED_SESSION) ||
      isAuthServerError(error, ERRNO.UNVERIFIED_ACCOUNT)
    ) {
      return fail(OAUTH_ERRORS.promptNoneUnverified());
    }
    // max_age older than the session's authentication: the user would have to sign in.
    if (isAuthServerError(error, ERRNO.STALE_AUTH_AT))
      return fail(OAUTH_ERRORS.promptNoneNotSignedIn());
    throw error;
  }
}
