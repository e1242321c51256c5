import type { SignedInAccount } from '../../session/precedence';
import { type ContinueProblem, continueProblem } from './continue-problem';
import { finishOAuthFlow } from './finish-oauth';

/**
 * The "Continue as" click: finishes the flow, or says what went wrong. Loaded right after the
 * page's first render (continue-as.tsx), so the request code (auth client, Hawk) is not part of
 * what the page needs before it can show anything, and is there by the time the user clicks.
 */
export async function continueToRelier(input: {
  account: SignedInAccount;
  query: URLSearchParams;
  navigate: (to: string) => void;
}): Promise<ContinueProblem | null> {
  try {
    await finishOAuthFlow(input);
    return null;
  } catch (error) {
    return continueProblem(error);
  }
}
