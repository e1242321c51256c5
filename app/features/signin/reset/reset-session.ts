import type {
  AccountResetResult,
  PasswordForgotGrant,
} from '../../../lib/auth-client/password-reset';
import type { RecoveryKeyStatus } from '../../../lib/auth-client/recovery-key';

/**
 * A password reset between its pages (code → key → new password → new key). Memory only: the
 * passwordForgotToken, the accountResetToken and kB never reach storage, the URL or history state
 * (history carries the email alone). A reload loses them, and the pages send the user back to
 * `/reset_password`, as upstream does without its location state.
 */
export type ResetSession = {
  /** The address the code went to (shown, and stored as the account's email at the end). */
  email: string;
  grant: PasswordForgotGrant;
  /** Kept once made: the passCode works only once (AccountRecoveryConfirmKey container). */
  accountResetToken?: string;
  recoveryKey: RecoveryKeyStatus;
  /** Verified two-step authentication guards the account. */
  totp: boolean;
  /** The server took the authenticator or a backup code with the passwordForgotToken. */
  secondStep?: true;
  /** kB from the recovery key, and the key's id, for /account/reset. */
  recovered?: { kB: string; recoveryKeyId: string };
  /** After a reset with the key: the new session and kB, for the new key page. */
  done?: { result: AccountResetResult; kB: string };
};

let current: ResetSession | null = null;

export function getResetSession(): ResetSession | null {
  return current;
}

export function setResetSession(next: ResetSession | null): void {
  current = next;
}

export function updateResetSession(patch: Partial<ResetSession>): ResetSession | null {
  if (current) current = { ...current, ...patch };
  return current;
}

/** The reset pages' paths (upstream fxa-settings components/App/index.tsx). */
export const RESET_PATHS = {
  start: '/reset_password',
  code: '/confirm_reset_password',
  key: '/account_recovery_confirm_key',
  withKey: '/account_recovery_reset_password',
  withoutKey: '/complete_reset_password',
  totp: '/confirm_totp_reset_password',
  newKey: '/reset_password_with_recovery_key_verified',
  backupCode: '/confirm_backup_code_reset_password',
} as const;
