// What a failed settings request tells the user. Texts follow fxa-settings' auth-errors.ts
// (lib/auth-errors/auth-errors.ts) for the errnos settings can meet; anything else is the
// generic message. A NetworkError is never a sign-out: it says "check your connection".
// The per-screen override of lib/auth-client/error-catalogue.ts: settings has its own ids.
import type { ShownError } from '../../lib/auth-client/error-catalogue';
import { ERRNO, isAuthServerError, isNetworkError } from '../../lib/auth-client/errors';

export type { ShownError };

/** errno → the last part of its message id (`settings-error-<name>`, English in en.ftl). */
const BY_ERRNO: Record<number, string> = {
  [ERRNO.INCORRECT_PASSWORD]: 'incorrect-password',
  [ERRNO.INVALID_VERIFICATION_CODE]: 'invalid-code',
  [ERRNO.INVALID_EXPIRED_OTP_CODE]: 'invalid-code',
  [ERRNO.TOO_MANY_REQUESTS]: 'throttled',
  [ERRNO.EMAIL_EXISTS]: 'email-taken',
  [ERRNO.VERIFIED_PRIMARY_EMAIL_EXISTS]: 'email-taken',
  [ERRNO.VERIFIED_SECONDARY_EMAIL_EXISTS]: 'email-taken',
  [ERRNO.USER_PRIMARY_EMAIL_EXISTS]: 'email-is-primary',
  [ERRNO.ACCOUNT_OWNS_EMAIL]: 'email-on-account',
  [ERRNO.SERVICE_UNAVAILABLE]: 'unavailable',
};

export function shownError(error: unknown): ShownError {
  const known = isAuthServerError(error) ? BY_ERRNO[error.errno] : undefined;
  const name = isNetworkError(error) ? 'network' : (known ?? 'unexpected');
  // The English text is en.ftl's; this fallback only shows if a bundle lacks the id.
  return { l10nId: `settings-error-${name}`, fallback: 'Something went wrong. Please try again.' };
}
