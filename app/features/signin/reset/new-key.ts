import {
  createRecoveryKeyWithSession,
  setRecoveryKeyHint,
} from '../../../lib/auth-client/recovery-key';
import {
  encryptRecoveryData,
  formatRecoveryKey,
  randomRecoveryKey,
} from '../../../lib/crypto/recovery-key';
import type { ResetSession } from './reset-session';

/**
 * The reset used the recovery key up; upstream's ResetPasswordWithRecoveryKeyVerified page makes
 * the next one at once, from the kB the old key gave back, with the brand-new session
 * (POST /recoveryKey). Returns the key as the user reads it (8 groups of 4), shown once.
 */
export async function createKeyAfterReset(
  done: NonNullable<ResetSession['done']>,
): Promise<string> {
  const key = randomRecoveryKey();
  const bundle = await encryptRecoveryData(key, done.result.uid, { kB: done.kB });
  await createRecoveryKeyWithSession(done.result.sessionToken, bundle);
  return formatRecoveryKey(key);
}

export async function saveHintAfterReset(
  done: NonNullable<ResetSession['done']>,
  hint: string,
): Promise<void> {
  await setRecoveryKeyHint(done.result.sessionToken, hint);
}
