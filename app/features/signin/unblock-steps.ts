import { sendUnblockCode } from '../../lib/auth-client/unblock';
import type { StepNavigate } from './finish-signin';
import { type SigninFlow, withQuery } from './flow';
import { signInWithPassword } from './password-steps';
import { type PendingUnblock, setPendingUnblock } from './pending-unblock';

// Sign-in unblock (recovery-2fa-mfa.md §5; upstream fxa-settings pages/Signin/index.tsx and
// SigninUnblock): a login customs blocked with `email-captcha` gets the code emailed and goes to
// /signin_unblock; there the login is retried with the code and then goes on as any sign-in
// (Web, Sync, OAuth: finishSignin). The password waits in memory only (pending-unblock.ts).

type BlockedStep = {
  email: string;
  password: string;
  flow: SigninFlow;
  navigate: StepNavigate;
  knownUid?: string | undefined;
};

/** Emails the unblock code and opens /signin_unblock (a failure to send stays on the page). */
export async function startUnblock(step: BlockedStep, agreed: boolean | undefined): Promise<void> {
  await sendUnblockCode(step.email);
  setPendingUnblock({
    email: step.email,
    password: step.password,
    knownUid: step.knownUid,
    agreed,
  });
  step.navigate(withQuery('/signin_unblock', step.flow.query), { state: { email: step.email } });
}

/** "Not in inbox or spam folder? Resend". */
export const resendUnblockCode = (value: PendingUnblock) => sendUnblockCode(value.email);

/** The login again, with the code; on success the sign-in finishes as the flow wants. */
export async function signInWithUnblockCode(
  value: PendingUnblock,
  code: string,
  flow: SigninFlow,
  navigate: StepNavigate,
) {
  const result = await signInWithPassword({
    email: value.email,
    password: value.password,
    flow,
    navigate,
    knownUid: value.knownUid,
    unblock: { code, agreed: value.agreed },
  });
  setPendingUnblock(null);
  return result;
}
