import { sessionVerifyRecoveryCode, sessionVerifyTotp } from '../../lib/auth-client/two-step';
import { finishSignin, type StepNavigate } from './finish-signin';
import type { SigninFlow } from './flow';
import { markVerified, type PendingSignin } from './pending-signin';
import { storeSession } from './session-update';

// The second step of a sign-in with two-step authentication (upstream SigninTotpCode and
// SigninRecoveryCode): the authenticator's code or a backup code confirms the session (AAL2),
// then the flow goes on as after an emailed code. For Sync, Firefox hears fxaccounts:login only
// now, with a verified session (upstream FXA-9837: never a `verified: false` login first).

async function confirmed(pending: PendingSignin, flow: SigninFlow, navigate: StepNavigate) {
  const next = markVerified(pending);
  storeSession(next.account);
  await finishSignin(next, flow, navigate);
}

/** POST /session/verify/totp; 'invalid' for a wrong code (upstream answers 200 success:false). */
export async function confirmWithTotp(
  pending: PendingSignin,
  code: string,
  flow: SigninFlow,
  navigate: StepNavigate,
): Promise<'done' | 'invalid'> {
  const ok = await sessionVerifyTotp(
    pending.account.sessionToken,
    code,
    flow.service ? { service: flow.service } : {},
  );
  if (!ok) return 'invalid';
  await confirmed(pending, flow, navigate);
  return 'done';
}

/** POST /session/verify/recoveryCode: the code is used up; errno 156 if it is not one. */
export async function confirmWithRecoveryCode(
  pending: PendingSignin,
  code: string,
  flow: SigninFlow,
  navigate: StepNavigate,
): Promise<{ remaining: number }> {
  const result = await sessionVerifyRecoveryCode(pending.account.sessionToken, code);
  await confirmed(pending, flow, navigate);
  return result;
}
