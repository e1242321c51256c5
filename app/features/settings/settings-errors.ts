// What a failed settings request tells the user. Texts follow fxa-settings' auth-errors.ts
// (lib/auth-errors/auth-errors.ts) for the errnos settings can meet; anything else is the
// generic message. A NetworkError is never a sign-out: it says "check your connection".
import { isAuthServerError, isNetworkError } from '../../lib/auth-client/errors';

export type ShownError = { l10nId: string; fallback: string };

/** errno → the last part of its message id (`settings-error-<name>`, English in en.ftl). */
const BY_ERRNO: Record<number, string> = {
  103: 'incorrect-password',
  105: 'invalid-code',
  183: 'invalid-code',
  114: 'throttled',
  136: 'email-taken',
  140: 'email-taken',
  144: 'email-taken',
  139: 'email-is-primary',
  189: 'email-on-account',
  201: 'unavailable',
};

export function shownError(error: unknown): ShownError {
  const known = isAuthServerError(error) ? BY_ERRNO[error.errno] : undefined;
  const name = isNetworkError(error) ? 'network' : (known ?? 'unexpected');
  // The English text is en.ftl's; this fallback only shows if a bundle lacks the id.
  return { l10nId: `settings-error-${name}`, fallback: 'Something went wrong. Please try again.' };
}
