import { signIn, signUp } from '../../lib/auth-client/account';
import { canUnblock } from '../../lib/auth-client/unblock';
import { browserCanLinkAccount, signsInBrowser } from './browser-login';
import { finishSignin, type StepNavigate } from './finish-signin';
import type { SigninFlow } from './flow';
import { type PendingSignin, setPendingSignin } from './pending-signin';
import { storeSession } from './session-update';
import { startUnblock } from './unblock-steps';

// The password steps: sign in (POST /account/login) and sign up (POST /account/create), each
// asking the browser first when the browser itself is being signed in. Keys are requested only
// when the flow needs them (Sync, or an OAuth relier asking for scoped keys) and stay in memory.

export type PasswordStepResult = 'done' | 'cancelled';

type PasswordStep = {
  email: string;
  password: string;
  flow: SigninFlow;
  navigate: StepNavigate;
  /** The account's uid when the page already knows it (can_link_account may carry it). */
  knownUid?: string | undefined;
  /** The retry of a blocked sign-in (unblock-steps.ts): the code, and the browser's answer. */
  unblock?: { code: string; agreed: boolean | undefined };
};

/** `fxaccounts:can_link_account` for browser flows; false when the user (or Firefox) said no. */
async function browserAgrees(step: PasswordStep): Promise<boolean | undefined> {
  if (!signsInBrowser(step.flow)) return undefined;
  return browserCanLinkAccount(step.email, step.knownUid);
}

export async function signInWithPassword(step: PasswordStep): Promise<PasswordStepResult> {
  const agreed = step.unblock ? step.unblock.agreed : await browserAgrees(step);
  if (agreed === false) return 'cancelled';
  let result: Awaited<ReturnType<typeof signIn>>;
  try {
    result = await signIn(step.email, step.password, {
      keys: step.flow.wantsKeys,
      service: step.flow.service,
      verificationMethod: 'email-otp',
      ...(step.unblock ? { unblockCode: step.unblock.code } : {}),
    });
  } catch (error) {
    // Blocked by customs but unblockable: the code goes out and /signin_unblock takes over.
    if (step.unblock || !canUnblock(error)) throw error;
    await startUnblock(step, agreed);
    return 'done';
  }
  const account = {
    uid: result.uid,
    email: result.email,
    sessionToken: result.sessionToken,
    verified: result.verified,
  };
  // Stored at once, as upstream does: a reload on the code page still knows the session.
  storeSession(account);
  const pending: PendingSignin = {
    account,
    action: 'signin',
    emailVerified: result.emailVerified ?? result.verified,
    sessionVerified: result.sessionVerified ?? result.verified,
    ...(result.keyFetchToken && result.unwrapBKey
      ? { keys: { keyFetchToken: result.keyFetchToken, unwrapBKey: result.unwrapBKey } }
      : {}),
    ...(agreed ? { verifiedCanLinkAccount: true } : {}),
    ...(result.verificationMethod ? { verificationMethod: result.verificationMethod } : {}),
  };
  setPendingSignin(pending);
  await finishSignin(pending, step.flow, step.navigate);
  return 'done';
}

export async function signUpWithPassword(step: PasswordStep): Promise<PasswordStepResult> {
  const agreed = await browserAgrees(step);
  if (agreed === false) return 'cancelled';
  const result = await signUp(step.email, step.password, {
    keys: step.flow.wantsKeys,
    service: step.flow.service,
    verificationMethod: 'email-otp',
  });
  const account = {
    uid: result.uid,
    email: step.email,
    sessionToken: result.sessionToken,
    verified: false,
  };
  storeSession(account);
  const pending: PendingSignin = {
    account,
    action: 'signup',
    emailVerified: false,
    sessionVerified: false,
    ...(result.keyFetchToken && result.unwrapBKey
      ? { keys: { keyFetchToken: result.keyFetchToken, unwrapBKey: result.unwrapBKey } }
      : {}),
    ...(agreed ? { verifiedCanLinkAccount: true } : {}),
  };
  setPendingSignin(pending);
  await finishSignin(pending, step.flow, step.navigate);
  return 'done';
}
