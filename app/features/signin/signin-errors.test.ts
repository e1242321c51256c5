import { describe, expect, it } from 'vitest';
import { AuthServerError, NetworkError } from '../../lib/auth-client/errors';
import { WebChannelError } from '../../lib/webchannel/channel';
import { describeFailure, formatRetryAfter, shownError } from './signin-errors';

const authError = (errno: number, code = 400, extra: Record<string, unknown> = {}) =>
  new AuthServerError({ errno, code, body: { errno, code, ...extra }, ...extra });

describe('shownError', () => {
  it.each([
    [102, 'signin-error-unknown-account'],
    [103, 'signin-error-incorrect-password'],
    [101, 'signin-error-account-exists'],
    [105, 'signin-error-invalid-code'],
    [183, 'signin-error-invalid-code'],
    [125, 'signin-error-blocked'],
  ])('errno %i → %s', (errno, l10nId) => {
    expect(shownError(authError(errno)).l10nId).toBe(l10nId);
  });

  it('a request that got no answer is a network error, never a sign-out', () => {
    expect(shownError(new NetworkError('offline')).l10nId).toBe('signin-error-network');
    expect(describeFailure(new NetworkError('timeout')).sessionGone).toBe(false);
  });

  it('errno 110 means the session is gone', () => {
    expect(describeFailure(authError(110, 401)).sessionGone).toBe(true);
    expect(describeFailure(authError(103)).sessionGone).toBe(false);
  });

  it('errno 201 and 203 are "busy"; 999 (a 500, a proxy’s 502) and anything unknown are generic', () => {
    expect(shownError(authError(201, 503)).l10nId).toBe('signin-error-unavailable');
    expect(shownError(authError(203, 500)).l10nId).toBe('signin-error-unavailable');
    expect(shownError(authError(999, 500)).l10nId).toBe('signin-error-unexpected');
    expect(shownError(authError(999, 502)).l10nId).toBe('signin-error-unexpected');
    expect(shownError(authError(107, 400)).l10nId).toBe('signin-error-unexpected');
    expect(shownError(new TypeError('boom')).l10nId).toBe('signin-error-unexpected');
  });

  it('the browser not answering is said as such', () => {
    const error = new WebChannelError('timeout', 'fxaccounts:can_link_account', 'timed out');
    expect(shownError(error).l10nId).toBe('signin-error-browser');
  });

  it('throttling says when to try again', () => {
    expect(shownError(authError(114, 429, { retryAfter: 900 }), 'en')).toEqual({
      l10nId: 'signin-error-throttled',
      fallback: 'You’ve tried too many times. Please try again in 15 minutes.',
      vars: { retryAfter: 'in 15 minutes' },
      // The wait itself, for the countdown that keeps the step's button off (lib/retry-wait.ts).
      retryAfter: 900,
    });
    expect(shownError(authError(201, 503, { retryAfter: 30 }), 'en').retryAfter).toBe(30);
    expect(
      shownError(authError(114, 429, { retryAfterLocalized: 'in 2 hours' }), 'en').vars,
    ).toEqual({ retryAfter: 'in 2 hours' });
    expect(shownError(authError(114, 429), 'en').l10nId).toBe('signin-error-throttled-generic');
  });
});

describe('formatRetryAfter', () => {
  it('rounds up to minutes, or seconds under a minute', () => {
    expect(formatRetryAfter(61, 'en')).toBe('in 2 minutes');
    expect(formatRetryAfter(30, 'en')).toBe('in 30 seconds');
    expect(formatRetryAfter(0, 'en')).toBe('in 1 second');
    expect(formatRetryAfter(900, 'de')).toBe('in 15 Minuten');
  });
});
