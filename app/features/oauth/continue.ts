import { isAuthServerError } from '../../lib/auth-client/errors';
import { TWO_STEP_ERRNO, totpExists } from '../../lib/auth-client/two-step';
import type { AuthorizationRequest } from '../../lib/oauth/authorization-request';
import { finishOAuthFlow, permissionsUrl } from '../../lib/oauth/finish-oauth';
import type { SignedInAccount } from '../../session/precedence';
import { type ContinueProblem, continueProblem } from './continue-problem';

/**
 * The "Continue as" click: finishes the flow, or says what went wrong. Loaded right after the
 * page's first render (continue-as.tsx), so the request code (auth client, Hawk) is not part of
 * what the page needs before it can show anything, and is there by the time the user clicks.
 */
export async function continueToRelier(input: {
  account: SignedInAccount;
  /** The request `/authorization` checked. */
  request: AuthorizationRequest;
  /** The page's query (without `?`), carried to the permissions page; never parsed here. */
  query: string;
  navigate: (to: string) => void;
}): Promise<ContinueProblem | null> {
  try {
    await finishOAuthFlow({
      account: input.account,
      request: input.request,
      permissions: { show: () => input.navigate(permissionsUrl(input.query)) },
    });
    return null;
  } catch (error) {
    if (isAuthServerError(error, TWO_STEP_ERRNO.INSUFFICIENT_ACR_VALUES)) {
      return secondStepProblem(input.account);
    }
    return continueProblem(error);
  }
}

/**
 * The relier asked for acr_values=AAL2 and this session has done one step (errno 170): an account
 * with two-step authentication gives its code; one without is told what the relier requires
 * (upstream would offer inline setup, /inline_totp_setup).
 */
async function secondStepProblem(account: SignedInAccount): Promise<ContinueProblem> {
  try {
    if (await totpExists(account.sessionToken)) return { kind: 'two-step' };
    return {
      kind: 'inline',
      l10nId: 'oauth-continue-two-step-required',
      message:
        'This application requires two-step authentication. Turn it on in your account settings, then try again.',
    };
  } catch (error) {
    return continueProblem(error);
  }
}
