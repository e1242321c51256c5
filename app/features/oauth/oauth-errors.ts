// Upstream's OAuth error table (fxa-settings lib/oauth/oauth-errors.ts; reference §4.2).
// `page` errors concern the client or its redirect: they render "Bad Request" and never
// redirect. `redirect` errors go back to the validated redirect_uri with `error` and `state`.

export type OAuthErrorCode =
  | 'invalid_request'
  | 'unsupported_response_type'
  | 'login_required'
  | 'account_selection_required'
  | 'interaction_required'
  | 'unauthorized_client'
  | 'consent_required'
  | 'access_denied';

export type OAuthFailure =
  | { kind: 'page'; errno: number; message: string }
  | { kind: 'redirect'; errno: number; error: OAuthErrorCode; message: string };

export const pageError = (errno: number, message: string): OAuthFailure => ({
  kind: 'page',
  errno,
  message,
});

export const redirectError = (
  errno: number,
  error: OAuthErrorCode,
  message: string,
): OAuthFailure => ({ kind: 'redirect', errno, error, message });

export const OAUTH_ERRORS = {
  unknownClient: () => pageError(101, 'Unknown client'),
  incorrectRedirect: () => pageError(103, 'Incorrect redirect_uri'),
  invalidParameter: (param: string) => pageError(109, `Invalid OAuth parameter: ${param}`),
  missingParameter: (param: string) => pageError(1005, `Missing OAuth parameter: ${param}`),
  serviceUnavailable: () => pageError(998, 'System unavailable, try again soon'),
  invalidRequest: (param: string) =>
    redirectError(109, 'invalid_request', `Invalid OAuth parameter: ${param}`),
  unsupportedResponseType: () =>
    redirectError(109, 'unsupported_response_type', 'Invalid OAuth parameter: response_type'),
  promptNoneNotForClient: () =>
    redirectError(1008, 'unauthorized_client', 'prompt=none is not enabled for this client'),
  promptNoneWithKeys: () =>
    redirectError(1009, 'invalid_request', 'prompt=none cannot be used when requesting keys'),
  promptNoneNotSignedIn: () => redirectError(1010, 'login_required', 'User is not signed in'),
  promptNoneDifferentUser: () =>
    redirectError(1011, 'account_selection_required', 'A different user is signed in'),
  promptNoneUnverified: () =>
    redirectError(1012, 'interaction_required', 'Unverified user or session'),
} as const;
