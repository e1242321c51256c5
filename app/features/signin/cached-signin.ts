import { ERRNO, isAuthServerError } from '../../lib/auth-client/errors';
import { sessionResendCode, sessionStatus } from '../../lib/auth-client/session';
import { TWO_STEP_ERRNO, totpExists } from '../../lib/auth-client/two-step';
import type { SignedInAccount } from '../../session/precedence';
import { browserCanLinkAccount, signsInBrowser } from './browser-login';
import { finishSignin, type StepNavigate } from './finish-signin';
import type { SigninFlow } from './flow';
import { type PendingSignin, setPendingSignin } from './pending-signin';
import { storeSession } from './session-update';

// "Continue as …": signing in with the session the page already has, no password
// (upstream pages/Signin/utils.ts cachedSignIn; fxa-upstream.md §4.4). errno 110 from any step
// means the session is gone: the caller drops it and asks for the password.

const TOTP = { verificationMethod: 'totp-2fa' } as const;

export async function continueWithSession(
  account: SignedInAccount,
  flow: SigninFlow,
  navigate: StepNavigate,
): Promise<'done' | 'cancelled'> {
  if (signsInBrowser(flow) && !(await browserCanLinkAccount(account.email, account.uid))) {
    return 'cancelled';
  }
  if (flow.integration.kind === 'oauth-web' && account.verified) {
    // One auth-server request between the click and the relier: the code request itself tells
    // an expired (110) or unconfirmed (138) session apart.
    const pending: PendingSignin = {
      account,
      action: 'signin',
      emailVerified: true,
      sessionVerified: true,
    };
    try {
      await finishSignin(pending, flow, navigate);
      return 'done';
    } catch (error) {
      // acr_values=AAL2 and a one-step session: the second step first, if the account has one
      // (upstream getOAuthNavigationTarget sends errno 170 to /signin_totp_code).
      if (
        isAuthServerError(error, TWO_STEP_ERRNO.INSUFFICIENT_ACR_VALUES) &&
        (await totpExists(account.sessionToken))
      ) {
        const twoStep: PendingSignin = { ...pending, sessionVerified: false, ...TOTP };
        setPendingSignin(twoStep);
        await finishSignin(twoStep, flow, navigate);
        return 'done';
      }
      if (!isAuthServerError(error, ERRNO.UNVERIFIED_SESSION)) throw error;
    }
  }
  const status = await sessionStatus(account.sessionToken);
  const verifiedState = status.state === 'verified';
  const emailVerified = status.details?.accountEmailVerified ?? verifiedState;
  const sessionVerified = status.details?.sessionVerified ?? verifiedState;
  const confirmed = { ...account, verified: emailVerified && sessionVerified };
  storeSession(confirmed);
  // A two-step account's session waits for the authenticator's code, never an emailed one.
  const twoStep = status.details?.sessionVerificationMethod === 'totp-2fa';
  // The code page needs a code that has not expired: send one now (upstream does the same
  // before it navigates to a code page).
  if (!confirmed.verified && !twoStep) await sessionResendCode(account.sessionToken);
  const pending: PendingSignin = {
    account: confirmed,
    action: 'signin',
    emailVerified,
    sessionVerified,
    ...(twoStep ? TOTP : {}),
    ...(signsInBrowser(flow) ? { verifiedCanLinkAccount: true } : {}),
  };
  setPendingSignin(pending);
  await finishSignin(pending, flow, navigate);
  return 'done';
}
