// What a failed settings request tells the user. Texts follow fxa-settings' auth-errors.ts
// (lib/auth-errors/auth-errors.ts) for the errnos settings can meet; anything else is the
// generic message. A NetworkError is never a sign-out: it says "check your connection".
import { isAuthServerError, isNetworkError } from '../../lib/auth-client/errors';

export type ShownError = { l10nId: string; fallback: string };

const BY_ERRNO: Record<number, ShownError> = {
  103: { l10nId: 'settings-error-incorrect-password', fallback: 'Incorrect password' },
  105: {
    l10nId: 'settings-error-invalid-code',
    fallback: 'Invalid or expired confirmation code',
  },
  183: {
    l10nId: 'settings-error-invalid-code',
    fallback: 'Invalid or expired confirmation code',
  },
  114: {
    l10nId: 'settings-error-throttled',
    fallback: 'You’ve tried too many times. Please try again later.',
  },
  136: {
    l10nId: 'settings-error-email-taken',
    fallback: 'This email is already in use by another account',
  },
  139: {
    l10nId: 'settings-error-email-is-primary',
    fallback: 'Secondary email must be different than your account email',
  },
  140: {
    l10nId: 'settings-error-email-taken',
    fallback: 'This email is already in use by another account',
  },
  144: {
    l10nId: 'settings-error-email-taken',
    fallback: 'This email is already in use by another account',
  },
  189: {
    l10nId: 'settings-error-email-on-account',
    fallback: 'This email already exists on your account',
  },
  201: {
    l10nId: 'settings-error-unavailable',
    fallback: 'The service is temporarily unavailable. Please try again later.',
  },
};

const NETWORK: ShownError = {
  l10nId: 'settings-error-network',
  fallback: 'Could not reach the server. Check your connection and try again.',
};

const UNEXPECTED: ShownError = {
  l10nId: 'settings-error-unexpected',
  fallback: 'Something went wrong. Please try again.',
};

export function shownError(error: unknown): ShownError {
  if (isNetworkError(error)) return NETWORK;
  if (isAuthServerError(error)) return BY_ERRNO[error.errno] ?? UNEXPECTED;
  return UNEXPECTED;
}
