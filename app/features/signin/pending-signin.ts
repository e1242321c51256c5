import { readSignedInAccount } from '../../session/account-storage';
import type { SignedInAccount } from '../../session/precedence';

/**
 * A sign-in between its steps (password → code → choose what to sync → done).
 *
 * Kept in memory only: keyFetchToken and unwrapBKey must never reach storage or history state
 * (security reference D4), and they are single-use anyway. A reload loses them; the steps then
 * fall back to the stored account, and Sync, which needs the keys, asks for the password again.
 */
export type PendingSignin = {
  account: SignedInAccount;
  /** What Firefox is told in fxaccounts:oauth_login. */
  action: 'signin' | 'signup';
  emailVerified: boolean;
  sessionVerified: boolean;
  keys?: { keyFetchToken: string; unwrapBKey: string };
  /** The browser already agreed to this account (can_link_account said ok). */
  verifiedCanLinkAccount?: boolean;
  /** How the session must be confirmed; `totp-2fa`: two-step authentication, no emailed code. */
  verificationMethod?: string;
};

let pending: PendingSignin | null = null;

export function setPendingSignin(value: PendingSignin | null): void {
  pending = value;
}

/**
 * The sign-in in progress: the one in memory, else the stored current account (after a reload
 * on a code page), whose verification state the server will tell.
 */
export function getPendingSignin(action: PendingSignin['action']): PendingSignin | null {
  if (pending) return pending;
  const stored = readSignedInAccount();
  if (!stored) return null;
  const verified = stored.verified === true;
  return {
    account: {
      uid: stored.uid,
      email: stored.email,
      sessionToken: stored.sessionToken,
      verified,
    },
    action,
    emailVerified: verified,
    sessionVerified: verified,
  };
}

/** Marks the pending sign-in confirmed (after a code), keeping its keys. */
export function markVerified(value: PendingSignin): PendingSignin {
  const next = {
    ...value,
    account: { ...value.account, verified: true },
    emailVerified: true,
    sessionVerified: true,
  };
  pending = next;
  return next;
}

/** The code page a sign-in still needs, or null once email and session are confirmed. */
export function unconfirmedStep(value: PendingSignin): string | null {
  if (!value.emailVerified) return '/confirm_signup_code';
  // upstream pages/Signin/utils.ts: a totp-2fa session goes to the authenticator code page.
  if (!value.sessionVerified && value.verificationMethod === 'totp-2fa') return '/signin_totp_code';
  if (!value.sessionVerified) return '/signin_token_code';
  return null;
}
