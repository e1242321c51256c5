// The one catalogue of auth-server errors the client meets: for each errno, what the sign-in
// screens say (Fluent id + English fallback, texts after fxa-settings' lib/auth-errors/
// auth-errors.ts), whether trying again helps and how long to wait, and whether it ends the
// session. The names and numbers are ERRNO's (errno.ts); this module holds the strings and is only
// imported by lazily loaded steps. A screen that says something else keeps a small override map
// beside it (settings-errors.ts, continue-problem.ts, finish-oauth.ts).
// https://github.com/mozilla/fxa/blob/main/libs/accounts/errors/src/constants.ts ·
// https://github.com/mozilla/fxa/blob/main/packages/fxa-settings/src/lib/auth-errors/auth-errors.ts

import { ERRNO, type ErrnoName, isAuthServerError } from './errors';

/** A failure as the user reads it: a Fluent id, its English text and variables. */
export type ShownError = {
  l10nId: string;
  fallback: string;
  vars?: Record<string, string>;
  /** Seconds the server asked to wait before the step is tried again (lib/retry-wait.ts). */
  retryAfter?: number;
};

export type CatalogueEntry = {
  name: ErrnoName;
  errno: number;
  /** What the sign-in screens say; none: the generic "Something went wrong". */
  shown?: ShownError;
  /**
   * `'retry-after'`: try again after the wait the server sends (body `retryAfter`, else the
   * Retry-After header; retry-after.ts reads it); `true`: try again at once; `false`: it will fail
   * the same way.
   */
  retryable: boolean | 'retry-after';
  /** The session token is gone: drop it and sign in again (never on a network fault). */
  endsSession: boolean;
};

const INVALID_CODE: ShownError = {
  l10nId: 'signin-error-invalid-code',
  fallback: 'Invalid or expired confirmation code',
};
const UNAVAILABLE: ShownError = {
  l10nId: 'signin-error-unavailable',
  fallback: 'The service is busy. Please try again soon.',
};

/**
 * An entry. Its errno is written out beside its name, not looked up by it: a lookup would ship
 * every name (errno.ts); the type checks that the two agree.
 */
const entry = <N extends ErrnoName>(
  name: N,
  errno: (typeof ERRNO)[N],
  shown?: ShownError,
  more: Partial<Pick<CatalogueEntry, 'retryable' | 'endsSession'>> = {},
): CatalogueEntry => ({
  name,
  errno,
  ...(shown ? { shown } : {}),
  retryable: more.retryable ?? false,
  endsSession: more.endsSession ?? false,
});

const ENTRIES: readonly CatalogueEntry[] = [
  entry('ACCOUNT_EXISTS', ERRNO.ACCOUNT_EXISTS, {
    l10nId: 'signin-error-account-exists',
    fallback: 'Account already exists',
  }),
  entry('UNKNOWN_ACCOUNT', ERRNO.UNKNOWN_ACCOUNT, {
    l10nId: 'signin-error-unknown-account',
    fallback: 'Unknown account',
  }),
  entry('INCORRECT_PASSWORD', ERRNO.INCORRECT_PASSWORD, {
    l10nId: 'signin-error-incorrect-password',
    fallback: 'Incorrect password',
  }),
  entry('INVALID_VERIFICATION_CODE', ERRNO.INVALID_VERIFICATION_CODE, INVALID_CODE),
  // The 6-digit code of /session/verify_code.
  entry('INVALID_EXPIRED_OTP_CODE', ERRNO.INVALID_EXPIRED_OTP_CODE, INVALID_CODE),
  entry('INVALID_TOKEN', ERRNO.INVALID_TOKEN, undefined, { endsSession: true }),
  // http.ts retries once with the server's clock.
  entry('INVALID_TIMESTAMP', ERRNO.INVALID_TIMESTAMP, undefined, { retryable: true }),
  // Its text carries the wait (signin-errors.ts): "try again in 15 minutes".
  entry('TOO_MANY_REQUESTS', ERRNO.TOO_MANY_REQUESTS, undefined, { retryable: 'retry-after' }),
  // http.ts retries once with the sign-up email the server sends back.
  entry('INCORRECT_EMAIL_CASE', ERRNO.INCORRECT_EMAIL_CASE, undefined, { retryable: true }),
  entry('REQUEST_BLOCKED', ERRNO.REQUEST_BLOCKED, {
    l10nId: 'signin-error-blocked',
    fallback: 'The sign-in was blocked for security reasons. Try again later.',
  }),
  // A wrong, used or expired code on /signin_unblock or /report_signin.
  entry('INVALID_UNBLOCK_CODE', ERRNO.INVALID_UNBLOCK_CODE, {
    l10nId: 'signin-error-invalid-unblock-code',
    fallback: 'Invalid authorization code',
  }),
  entry('RECOVERY_CODE_NOT_FOUND', ERRNO.RECOVERY_CODE_NOT_FOUND, {
    l10nId: 'signin-error-recovery-code-not-found',
    fallback: 'Backup authentication code not found',
  }),
  // The relier asked for acr_values=AAL2 and the account has no second step to give.
  entry('INSUFFICIENT_ACR_VALUES', ERRNO.INSUFFICIENT_ACR_VALUES, {
    l10nId: 'signin-error-two-step-required',
    fallback:
      'This application requires two-step authentication. Turn it on in your account settings, then try again.',
  }),
  // Busy only when the server says so; a 500 or a proxy's non-JSON 502 is errno 999, upstream's
  // "Unexpected error".
  entry('SERVICE_UNAVAILABLE', ERRNO.SERVICE_UNAVAILABLE, UNAVAILABLE, {
    retryable: 'retry-after',
  }),
  // Sent with a 500 while a back end is down.
  entry('SYSTEM_UNAVAILABLE', ERRNO.SYSTEM_UNAVAILABLE, UNAVAILABLE, { retryable: true }),
  entry('NETWORK', ERRNO.NETWORK, undefined, { retryable: true }),
];

/** errno → its entry. */
export const AUTH_ERRORS: ReadonlyMap<number, CatalogueEntry> = new Map(
  ENTRIES.map((e) => [e.errno, e]),
);

/** The catalogue's entry for a failure, if it is an auth-server error it knows. */
export function catalogueEntry(error: unknown): CatalogueEntry | undefined {
  return isAuthServerError(error) ? AUTH_ERRORS.get(error.errno) : undefined;
}
