// What a failed step tells the user. Texts follow fxa-settings' lib/auth-errors/auth-errors.ts
// for the errnos sign-in and sign-up meet. A NetworkError is never a sign-out: it says "check
// your connection", and whatever the user typed stays where it was.
// Part of the lazily loaded steps (actions.ts): pages keep the ShownError, not the error.

import { catalogueEntry, type ShownError } from '../../lib/auth-client/error-catalogue';
import { ERRNO, isAuthServerError, isNetworkError } from '../../lib/auth-client/errors';
import { retryAfterSeconds } from '../../lib/auth-client/retry-after';
import { WebChannelError } from '../../lib/webchannel/channel';
import { NETWORK_ERROR } from './error-message';

// What each errno says is the catalogue's (lib/auth-client/error-catalogue.ts); here only what
// is not an auth-server error, and the throttle message that carries the wait.
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
  return catalogueEntry(error)?.shown ?? UNEXPECTED;
}

export type StepFailure = {
  shown: ShownError;
  /** errno 110: the session token is gone; the page drops it and asks for the password. */
  sessionGone: boolean;
};

export const describeFailure = (error: unknown): StepFailure => ({
  shown: shownError(error),
  sessionGone: catalogueEntry(error)?.endsSession ?? false,
});
