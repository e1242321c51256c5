// The reset steps against the emulator behind MSW: what the pages show for the error states the
// e2e spec leaves out (an expired code, a passCode spent by a failed reset, a key for another
// account), and kB kept by the key. The emulator's own contract is in
// mocks/emulator/contract-password-reset.test.ts.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newTotpSecret, totpCode } from '../../../../mocks/emulator/totp';
import { setupEmulatorServer } from '../../../../mocks/msw/node';
import { resetClockOffset } from '../../../lib/auth-client/http';
import { formatRecoveryKey, randomRecoveryKey } from '../../../lib/crypto/recovery-key';
import { explainResetFailure, INVALID_KEY, RESET_EXPIRED } from './load-reset-steps';
import { getResetSession, RESET_PATHS, setResetSession } from './reset-session';
import {
  confirmResetCode,
  startReset,
  unlockWithRecoveryKey,
  verifyResetBackupCode,
  verifyResetTotp,
} from './reset-steps';

const node = setupEmulatorServer({ demoAccount: false });
beforeAll(async () => {
  node.server.listen({ onUnhandledRequest: 'error' });
  await node.emulator.ready;
});
afterEach(() => {
  setResetSession(null);
  resetClockOffset();
});
afterAll(() => node.server.close());

let n = 0;
async function account() {
  n += 1;
  const email = `reset${n}@example.com`;
  await node.emulator.control.createAccount({ email, password: 'a long enough password' });
  return email;
}
const lastCode = (email: string) => node.emulator.control.lastEmail(email)?.code ?? '';

describe('reset steps', () => {
  it('an expired code says "Invalid or expired confirmation code"', async () => {
    const email = await account();
    await startReset(email, undefined);
    const code = lastCode(email);
    expect(code).toMatch(/^\d{8}$/);
    node.emulator.control.advanceClock(601_000);
    const error = await confirmResetCode(email, code).catch((e: unknown) => e);
    expect(await explainResetFailure(error)).toEqual({
      l10nId: 'signin-error-invalid-code',
      fallback: 'Invalid or expired confirmation code',
    });
  });

  it('an unknown address says "Unknown account"', async () => {
    const error = await startReset('nobody@example.com', undefined).catch((e: unknown) => e);
    expect((await explainResetFailure(error)).fallback).toBe('Unknown account');
  });

  it('without a key the code leads to the new password; a malformed key is refused', async () => {
    const email = await account();
    await startReset(email, undefined);
    expect(await confirmResetCode(email, lastCode(email))).toBe(RESET_PATHS.withoutKey);
    const session = getResetSession();
    expect(session?.recoveryKey.exists).toBe(false);
    expect(session?.totp).toBe(false);
    const error = await unlockWithRecoveryKey(session!, 'not a key').catch((e: unknown) => e);
    expect(await explainResetFailure(error)).toEqual(INVALID_KEY);
    // A well-formed key for an account without one: the server's 158, the same words.
    const other = formatRecoveryKey(randomRecoveryKey());
    const again = await unlockWithRecoveryKey(getResetSession()!, other).catch((e: unknown) => e);
    expect(await explainResetFailure(again)).toEqual(INVALID_KEY);
  });

  it('a reset whose passwordForgotToken is gone asks to start again', async () => {
    const email = await account();
    await startReset(email, undefined);
    await confirmResetCode(email, lastCode(email));
    // The passwordForgotToken outlives an hour at most.
    node.emulator.control.advanceClock(2 * 60 * 60 * 1000);
    const key = formatRecoveryKey(randomRecoveryKey());
    const error = await unlockWithRecoveryKey(getResetSession()!, key).catch((e: unknown) => e);
    expect(await explainResetFailure(error)).toEqual(RESET_EXPIRED);
  });

  it('two-step authentication asks for the second step; a client that skips it gets no signed-in session', async () => {
    const email = await account();
    const found = node.emulator.state.findByEmail(email);
    found!.account.totp = {
      secret: 'JBSWY3DPEHPK3PXP',
      verified: true,
      enabled: true,
      createdAt: 0,
    };
    await startReset(email, undefined);
    expect(await confirmResetCode(email, lastCode(email))).toBe(RESET_PATHS.totp);
    expect(getResetSession()?.totp).toBe(true);
    // Even a client that skipped the page gets no signed-in session from the server.
    const { passwordForgotVerifyCode, resetPassword } = await import(
      '../../../lib/auth-client/password-reset'
    );
    const art = await passwordForgotVerifyCode(getResetSession()!.grant, {});
    const result = await resetPassword({
      accountResetToken: art,
      email,
      password: 'whatever it is',
    });
    expect(result.verified).toBe(false);
  });

  it('the second step: a wrong authenticator code is false, a made-up backup code "not found"', async () => {
    const email = await account();
    const { account: acc } = node.emulator.state.findByEmail(email)!;
    const secret = newTotpSecret();
    acc.totp = { secret, verified: true, enabled: true, createdAt: 0 };
    acc.recoveryCodes = ['0123456789'];
    await startReset(email, undefined);
    await confirmResetCode(email, lastCode(email));
    const session = getResetSession()!;
    const now = await totpCode(secret, node.emulator.state.nowSec());
    expect(await verifyResetTotp(session, now === '000000' ? '111111' : '000000')).toBe(false);
    const error = await verifyResetBackupCode(session, 'abcdef9876').catch((e: unknown) => e);
    expect((await explainResetFailure(error)).fallback).toBe(
      'Backup authentication code not found',
    );
    await expect(verifyResetBackupCode(session, '0123456789')).resolves.toBeUndefined();
    expect(await verifyResetTotp(session, now)).toBe(true);
  });
});
