import {
  AuthServerError,
  ERRNO,
  isAuthServerError,
  isInvalidTokenError,
  isNetworkError,
} from '../../lib/auth-client/errors';
import { type OAuthFailure, OAuthFailureError } from '../../lib/oauth/oauth-errors';

// What went wrong when a signed-in user continued to a relier, and what the page does about it.
// A network fault or a busy server never signs anyone out (security reference F1, F4, F8); only
// errno 110 says the session is gone (D1).

export type ContinueProblem =
  /** The request cannot be served: the Bad Request page. */
  | { kind: 'failure'; failure: OAuthFailure }
  /** The session token is no longer valid: sign in again. */
  | { kind: 'session-expired' }
  /** The session needs a password or a confirmation code first: hand over to the sign-in flow. */
  | { kind: 'sign-in' }
  /** The relier requires two-step authentication (acr_values=AAL2): the authenticator's code. */
  | { kind: 'two-step' }
  /** Transient: say so beside the button and let the user try again. */
  | { kind: 'inline'; l10nId: string; message: string };

export function continueProblem(error: unknown): ContinueProblem {
  if (error instanceof OAuthFailureError) return { kind: 'failure', failure: error.failure };
  if (isInvalidTokenError(error)) return { kind: 'session-expired' };
  if (
    isAuthServerError(error, ERRNO.UNVERIFIED_SESSION) ||
    isAuthServerError(error, ERRNO.UNVERIFIED_ACCOUNT) ||
    isAuthServerError(error, ERRNO.STALE_AUTH_AT)
  ) {
    return { kind: 'sign-in' };
  }
  if (isNetworkError(error)) {
    return {
      kind: 'inline',
      l10nId: 'oauth-continue-offline',
      message: 'Could not reach the server. Check your connection and try again.',
    };
  }
  if (
    isAuthServerError(error, ERRNO.TOO_MANY_REQUESTS) ||
    (error instanceof AuthServerError && error.code === 429)
  ) {
    return {
      kind: 'inline',
      l10nId: 'oauth-continue-throttled',
      message: 'Too many attempts. Wait a moment and try again.',
    };
  }
  return {
    kind: 'inline',
    l10nId: 'oauth-continue-failed',
    message: 'Something went wrong on our side. Try again.',
  };
}
