import { sessionResendCode, sessionVerifyCode } from '../../lib/auth-client/session';
import { finishSignin, type StepNavigate } from './finish-signin';
import type { SigninFlow } from './flow';
import { markVerified, type PendingSignin } from './pending-signin';
import { storeSession } from './session-update';

/** POST /session/verify_code, then on to the flow's next step with the confirmed session. */
export async function confirmWithCode(
  pending: PendingSignin,
  code: string,
  flow: SigninFlow,
  navigate: StepNavigate,
): Promise<void> {
  await sessionVerifyCode(
    pending.account.sessionToken,
    code,
    flow.service ? { service: flow.service } : {},
  );
  const confirmed = markVerified(pending);
  storeSession(confirmed.account);
  await finishSignin(confirmed, flow, navigate);
}

/** POST /session/resend_code: a new code (or the same one again while it is still valid). */
export const resendCode = (pending: PendingSignin) =>
  sessionResendCode(pending.account.sessionToken);
