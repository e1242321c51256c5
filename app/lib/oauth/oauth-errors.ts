// Upstream's OAuth error table (fxa-settings lib/oauth/oauth-errors.ts; reference §4.2).
// `page` errors concern the client or its redirect: they render "Bad Request" and never
// redirect. `redirect` errors go back to the validated redirect_uri with `error` and `state`.
// `id` names the Fluent message (en.ftl) that shows the failure; `param` fills its `$param`.

export type OAuthErrorCode =
  | 'invalid_request'
  | 'unsupported_response_type'
  | 'login_required'
  | 'account_selection_required'
  | 'interaction_required'
  | 'unauthorized_client'
  | 'consent_required'
  | 'access_denied';

type Shown = { errno: number; id: string; message: string; param?: string };

export type OAuthFailure =
  | ({ kind: 'page' } & Shown)
  | ({ kind: 'redirect'; error: OAuthErrorCode } & Shown);

export const pageError = (
  errno: number,
  id: string,
  message: string,
  param?: string,
): OAuthFailure => ({ kind: 'page', errno, id, message, ...(param ? { param } : {}) });

export const redirectError = (
  errno: number,
  error: OAuthErrorCode,
  id: string,
  message: string,
  param?: string,
): OAuthFailure => ({ kind: 'redirect', errno, error, id, message, ...(param ? { param } : {}) });

export const OAUTH_ERRORS = {
  unknownClient: () => pageError(101, 'oauth-error-unknown-client', 'Unknown client'),
  incorrectRedirect: () =>
    pageError(103, 'oauth-error-incorrect-redirect', 'Incorrect redirect_uri'),
  invalidParameter: (param: string) =>
    pageError(109, 'oauth-error-invalid-parameter', `Invalid OAuth parameter: ${param}`, param),
  invalidScopes: () =>
    pageError(114, 'oauth-error-invalid-parameter', 'Invalid OAuth parameter: scope', 'scope'),
  /** Keys asked for, to be delivered to a redirect not allowed to receive them (B15). */
  invalidKeysRedirect: () =>
    pageError(103, 'oauth-error-keys-redirect', 'Invalid redirect parameter'),
  missingPkce: () => pageError(118, 'oauth-error-missing-pkce', 'PKCE parameters missing'),
  notPublicClient: () => pageError(116, 'oauth-error-not-public-client', 'Not a public client'),
  mismatchAcr: () => pageError(120, 'oauth-error-mismatch-acr', 'Mismatch acr values'),
  missingParameter: (param: string) =>
    pageError(1005, 'oauth-error-missing-parameter', `Missing OAuth parameter: ${param}`, param),
  serviceUnavailable: () =>
    pageError(998, 'oauth-error-service-unavailable', 'System unavailable, try again soon'),
  unexpected: () => pageError(999, 'oauth-error-unexpected', 'Unexpected error'),
  /** Keys are wanted but the sign-in that would give them did not happen (upstream TRY_AGAIN). */
  tryAgain: () =>
    pageError(
      1000,
      'oauth-error-try-again',
      'Something went wrong. Please close this tab and try again.',
    ),
  invalidRequest: (param: string) =>
    redirectError(
      109,
      'invalid_request',
      'oauth-error-invalid-parameter',
      `Invalid OAuth parameter: ${param}`,
      param,
    ),
  unsupportedResponseType: () =>
    redirectError(
      109,
      'unsupported_response_type',
      'oauth-error-invalid-parameter',
      'Invalid OAuth parameter: response_type',
      'response_type',
    ),
  promptNoneNotForClient: () =>
    redirectError(
      1008,
      'unauthorized_client',
      'oauth-error-prompt-none-client',
      'prompt=none is not enabled for this client',
    ),
  promptNoneWithKeys: () =>
    redirectError(
      1009,
      'invalid_request',
      'oauth-error-prompt-none-keys',
      'prompt=none cannot be used when requesting keys',
    ),
  promptNoneNotSignedIn: () =>
    redirectError(1010, 'login_required', 'oauth-error-not-signed-in', 'User is not signed in'),
  promptNoneDifferentUser: () =>
    redirectError(
      1011,
      'account_selection_required',
      'oauth-error-different-user',
      'A different user is signed in',
    ),
  promptNoneUnverified: () =>
    redirectError(
      1012,
      'interaction_required',
      'oauth-error-unverified',
      'Unverified user or session',
    ),
  promptNoneInvalidIdTokenHint: () =>
    redirectError(1013, 'invalid_request', 'oauth-error-id-token-hint', 'Invalid id_token_hint'),
  promptNoneConsentRequired: () =>
    redirectError(
      1101,
      'consent_required',
      'oauth-error-consent-required',
      'The user has not seen what this client can read',
    ),
} as const;

/** A flow that cannot go on: thrown by the OAuth steps, shown by the page that called them. */
export class OAuthFailureError extends Error {
  override readonly name = 'OAuthFailureError';
  readonly failure: OAuthFailure;

  constructor(failure: OAuthFailure) {
    super(failure.message);
    this.failure = failure;
  }
}
