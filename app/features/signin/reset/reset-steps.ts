// The reset pages' network and browser steps, in one chunk the pages load after their first
// render (as the sign-in pages' actions.ts). Order and routing per upstream fxa-settings
// pages/ResetPassword/* containers; reference recovery-2fa-mfa.md §1–2.
import { ERRNO, isAuthServerError, isNetworkError } from '../../../lib/auth-client/errors';
import {
  type AccountResetResult,
  passwordForgotVerifyCode,
  resetPassword,
  sendPasswordResetCode,
  verifyPasswordResetCode,
} from '../../../lib/auth-client/password-reset';
import {
  passwordForgotVerifyRecoveryCode,
  passwordForgotVerifyTotp,
} from '../../../lib/auth-client/password-reset-two-step';
import { getRecoveryData, recoveryKeyExists } from '../../../lib/auth-client/recovery-key';
import { totpExists } from '../../../lib/auth-client/two-step';
import {
  decryptRecoveryData,
  parseRecoveryKey,
  recoveryKeyId,
} from '../../../lib/crypto/recovery-key';
import { setNextPageNotice } from '../../../lib/next-page-notice';
import { notifyBrowser } from '../../../lib/webchannel/browser-channel';
import { useSessionStore } from '../../../session/session-store';
import { sendBrowserLogin } from '../browser-login';
import { finishSignin, type StepNavigate } from '../finish-signin';
import { type SigninFlow, withQuery } from '../flow';
import { type PendingSignin, setPendingSignin } from '../pending-signin';
import { storeSession } from '../session-update';
import {
  getResetSession,
  RESET_PATHS,
  type ResetSession,
  setResetSession,
  updateResetSession,
} from './reset-session';

export { describeFailure } from '../signin-errors';
export { createKeyAfterReset, saveHintAfterReset } from './new-key';

/** A key that does not open the recovery data (158/159, or the data does not decrypt). */
export class InvalidRecoveryKeyError extends Error {
  override readonly name = 'InvalidRecoveryKeyError';
}

/** The reset's tokens are gone (expired, used up): the user must start again. */
export class ResetExpiredError extends Error {
  override readonly name = 'ResetExpiredError';
}

export async function startReset(email: string, service: string | undefined): Promise<void> {
  await sendPasswordResetCode(email, service);
}

/** The emailed code → passwordForgotToken; then where the reset goes (ConfirmResetPassword). */
export async function confirmResetCode(email: string, code: string): Promise<string> {
  const grant = await verifyPasswordResetCode(email, code);
  const [recoveryKey, totp] = await Promise.all([
    recoveryKeyExists(grant.token, 'passwordForgotToken'),
    totpExists(grant.token, 'passwordForgotToken'),
  ]);
  setResetSession({ email, grant, recoveryKey, totp });
  if (recoveryKey.exists) return RESET_PATHS.key;
  if (totp) return RESET_PATHS.totp;
  return RESET_PATHS.withoutKey;
}

function rethrowExpired(e: unknown): never {
  if (isAuthServerError(e, ERRNO.INVALID_TOKEN)) throw new ResetExpiredError();
  throw e;
}

/**
 * The authenticator code with the passwordForgotToken (ConfirmTotpResetPassword container): true
 * once the server took it, false for a wrong code. The reset then goes on to the new password.
 */
export async function verifyResetTotp(session: ResetSession, code: string): Promise<boolean> {
  const ok = await passwordForgotVerifyTotp(session.grant.token, code).catch(rethrowExpired);
  if (ok) updateResetSession({ secondStep: true });
  return ok;
}

/** A backup code with the passwordForgotToken: used up (errno 156 if it is not one). */
export async function verifyResetBackupCode(session: ResetSession, code: string): Promise<void> {
  await passwordForgotVerifyRecoveryCode(session.grant.token, code).catch(rethrowExpired);
  updateResetSession({ secondStep: true });
}

async function accountResetToken(session: ResetSession, withRecoveryKey: boolean): Promise<string> {
  // The page's copy may predate an earlier attempt that already made the token.
  const made = getResetSession()?.accountResetToken ?? session.accountResetToken;
  if (made) return made;
  const token = await passwordForgotVerifyCode(session.grant, {
    accountResetWithRecoveryKey: withRecoveryKey,
  }).catch(rethrowExpired);
  updateResetSession({ accountResetToken: token });
  return token;
}

/** Opens the recovery data with the typed key (AccountRecoveryConfirmKey container). */
export async function unlockWithRecoveryKey(session: ResetSession, typed: string): Promise<void> {
  const key = parseRecoveryKey(typed);
  if (!key) throw new InvalidRecoveryKeyError();
  const token = await accountResetToken(session, true);
  const id = await recoveryKeyId(key, session.grant.uid);
  let data: string;
  try {
    data = await getRecoveryData(token, id);
  } catch (e) {
    if (
      isAuthServerError(e, ERRNO.RECOVERY_KEY_INVALID) ||
      isAuthServerError(e, ERRNO.RECOVERY_KEY_NOT_FOUND)
    ) {
      throw new InvalidRecoveryKeyError();
    }
    return rethrowExpired(e);
  }
  const keys = await decryptRecoveryData(key, session.grant.uid, data).catch(() => {
    throw new InvalidRecoveryKeyError();
  });
  updateResetSession({ recovered: { kB: keys.kB, recoveryKeyId: id } });
}

/**
 * POST /account/reset, then the end the integration calls for; with a recovery key first the
 * page that offers a new key (the old one is used up).
 */
export async function completeReset(
  session: ResetSession,
  password: string,
  withKey: boolean,
  flow: SigninFlow,
  navigate: StepNavigate,
): Promise<void> {
  const recovered = withKey ? session.recovered : undefined;
  const token = await accountResetToken(session, Boolean(recovered));
  // The server spends the token whatever its answer, and the passCode that made it is used up:
  // after an answer, a retry must start again. Without one (offline) the token still works.
  const result = await resetPassword({
    accountResetToken: token,
    email: session.grant.emailToHashWith,
    password,
    ...(recovered ? { recovered } : {}),
  }).catch((e: unknown) => {
    if (!isNetworkError(e)) updateResetSession({ accountResetToken: undefined });
    return rethrowExpired(e);
  });
  updateResetSession({ accountResetToken: undefined });
  if (recovered) {
    updateResetSession({ done: { result, kB: recovered.kB }, recovered: undefined });
    navigate(withQuery(RESET_PATHS.newKey, flow.query), { replace: true });
    return;
  }
  setResetSession(null);
  await finishReset(session.email, result, flow, navigate);
}

/**
 * Where a finished reset lands (upstream CompleteResetPassword container): Sync → fxaccounts:login
 * with the new session and keys, then /settings; OAuth → on to the relier (or, for Firefox's
 * OAuth, the browser steps); web → /settings with "Your password has been reset". A Firefox that
 * held this account's old (now dead) session gets the new one with fxaccounts:change_password.
 */
export async function finishReset(
  email: string,
  result: AccountResetResult,
  flow: SigninFlow,
  navigate: StepNavigate,
): Promise<void> {
  const account = {
    uid: result.uid,
    email,
    sessionToken: result.sessionToken,
    verified: result.verified,
  };
  const keys =
    result.keyFetchToken && result.unwrapBKey
      ? { keyFetchToken: result.keyFetchToken, unwrapBKey: result.unwrapBKey }
      : undefined;
  const pending: PendingSignin = {
    account,
    action: 'signin',
    emailVerified: true,
    sessionVerified: result.verified,
    ...(keys ? { keys } : {}),
  };
  const notice = {
    l10nId: 'settings-alert-password-reset',
    fallback: 'Your password has been reset',
  };
  switch (flow.integration.kind) {
    case 'sync':
      // Stored first, as a Sync sign-in does (password-steps.ts); then Firefox takes it over.
      storeSession(account);
      sendBrowserLogin(pending, flow, {});
      setNextPageNotice(notice);
      navigate('/settings', { replace: true });
      return;
    case 'oauth-web':
    case 'oauth-native':
      storeSession(account);
      setPendingSignin(pending);
      await finishSignin(pending, flow, navigate);
      return;
    case 'web': {
      const { device } = useSessionStore.getState();
      const browserHeldIt = device.browserAccount?.uid === account.uid;
      storeSession(account);
      if (browserHeldIt && device.browserAccount) {
        useSessionStore.getState().setDevice({
          browserAccount: { ...device.browserAccount, sessionToken: account.sessionToken },
        });
        notifyBrowser('fxaccounts:change_password', { ...account, ...(keys ?? {}) });
        useSessionStore.getState().signIn(account, 'browser');
      }
      setNextPageNotice(notice);
      navigate(flow.redirectTo ?? '/settings', { replace: true });
      return;
    }
  }
}
