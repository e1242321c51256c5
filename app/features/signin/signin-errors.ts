// What a failed step tells the user. Texts follow fxa-settings' lib/auth-errors/auth-errors.ts
// for the errnos sign-in and sign-up meet. A NetworkError is never a sign-out: it says "check
// your connection", and whatever the user typed stays where it was.
// Part of the lazily loaded steps (actions.ts): pages keep the ShownError, not the error.

import {
  ERRNO,
  isAuthServerError,
  isInvalidTokenError,
  isNetworkError,
} from '../../lib/auth-client/errors';
import { retryAfterSeconds } from '../../lib/auth-client/retry-after';
import { TWO_STEP_ERRNO } from '../../lib/auth-client/two-step';
import { WebChannelError } from '../../lib/webchannel/channel';
import { NETWORK_ERROR, type ShownError } from './error-message';

const BY_ERRNO: Record<number, ShownError> = {
  [ERRNO.ACCOUNT_EXISTS]: {
    l10nId: 'signin-error-account-exists',
    fallback: 'Account already exists',
  },
  [ERRNO.UNKNOWN_ACCOUNT]: { l10nId: 'signin-error-unknown-account', fallback: 'Unknown account' },
  [ERRNO.INCORRECT_PASSWORD]: {
    l10nId: 'signin-error-incorrect-password',
    fallback: 'Incorrect password',
  },
  [ERRNO.INVALID_VERIFICATION_CODE]: {
    l10nId: 'signin-error-invalid-code',
    fallback: 'Invalid or expired confirmation code',
  },
  // INVALID_EXPIRED_OTP_CODE: the 6-digit code of /session/verify_code.
  183: { l10nId: 'signin-error-invalid-code', fallback: 'Invalid or expired confirmation code' },
  [ERRNO.REQUEST_BLOCKED]: {
    l10nId: 'signin-error-blocked',
    fallback: 'The sign-in was blocked for security reasons. Try again later.',
  },
  // INVALID_UNBLOCK_CODE: a wrong, used or expired code on /signin_unblock or /report_signin.
  127: { l10nId: 'signin-error-invalid-unblock-code', fallback: 'Invalid authorization code' },
  // Two-step authentication (lib/auth-errors RECOVERY_CODE_NOT_FOUND; 170: the relier asked for
  // acr_values=AAL2 and the account has no second step to give).
  [TWO_STEP_ERRNO.RECOVERY_CODE_NOT_FOUND]: {
    l10nId: 'signin-error-recovery-code-not-found',
    fallback: 'Backup authentication code not found',
  },
  [TWO_STEP_ERRNO.INSUFFICIENT_ACR_VALUES]: {
    l10nId: 'signin-error-two-step-required',
    fallback:
      'This application requires two-step authentication. Turn it on in your account settings, then try again.',
  },
};

/** errno 203 (upstream SYSTEM_UNAVAILABLE), sent with a 500 while a back end is down. */
const SYSTEM_UNAVAILABLE = 203;

const UNAVAILABLE: ShownError = {
  l10nId: 'signin-error-unavailable',
  fallback: 'The service is busy. Please try again soon.',
};
const UNEXPECTED: ShownError = {
  l10nId: 'signin-error-unexpected',
  fallback: 'Something went wrong. Please try again.',
};
const BROWSER: ShownError = {
  l10nId: 'signin-error-browser',
  fallback: 'Firefox did not answer. Try again.',
};

/** "in 15 minutes", in the page's language (the server's own wording when it sent one). */
export function formatRetryAfter(seconds: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  return seconds < 60
    ? format.format(Math.max(1, Math.ceil(seconds)), 'second')
    : format.format(Math.ceil(seconds / 60), 'minute');
}

export function shownError(
  error: unknown,
  locale = document.documentElement.lang || 'en',
): ShownError {
  const shown = explain(error, locale);
  const retryAfter = retryAfterSeconds(error);
  return retryAfter === undefined ? shown : { ...shown, retryAfter };
}

function explain(error: unknown, locale: string): ShownError {
  if (isNetworkError(error)) return NETWORK_ERROR;
  if (error instanceof WebChannelError) return BROWSER;
  if (!isAuthServerError(error)) return UNEXPECTED;
  if (error.errno === ERRNO.TOO_MANY_REQUESTS) {
    const localized = error.body.retryAfterLocalized;
    const retryAfter =
      typeof localized === 'string' && localized.length < 64
        ? localized
        : error.retryAfter !== undefined
          ? formatRetryAfter(error.retryAfter, locale)
          : undefined;
    return retryAfter
      ? {
          l10nId: 'signin-error-throttled',
          fallback: `You’ve tried too many times. Please try again ${retryAfter}.`,
          vars: { retryAfter },
        }
      : {
          l10nId: 'signin-error-throttled-generic',
          fallback: 'You’ve tried too many times. Please try again later.',
        };
  }
  const known = BY_ERRNO[error.errno];
  if (known) return known;
  // Busy only when the server says so (201 server busy, 203 system unavailable); a 500 or a
  // proxy's non-JSON 502 is errno 999, upstream's "Unexpected error" (auth-errors.ts).
  if (error.errno === ERRNO.SERVICE_UNAVAILABLE || error.errno === SYSTEM_UNAVAILABLE) {
    return UNAVAILABLE;
  }
  return UNEXPECTED;
}

export type StepFailure = {
  shown: ShownError;
  /** errno 110: the session token is gone; the page drops it and asks for the password. */
  sessionGone: boolean;
};

export const describeFailure = (error: unknown): StepFailure => ({
  shown: shownError(error),
  sessionGone: isInvalidTokenError(error),
});
