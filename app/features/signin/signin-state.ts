import { useMemo } from 'react';
import { useLoaderData, useLocation } from 'react-router';
import { readStepState, type StepState } from '../../lib/step-state';
import { readSigninFlow, type SigninFlow } from './flow';
import type { OAuthCheck } from './oauth-check';

export { readStepState, type StepNotice, type StepState } from '../../lib/step-state';

/** The flow the URL describes and the state the previous step left, for the current page. */
export function useStep(): { flow: SigninFlow; state: StepState } {
  const location = useLocation();
  // The route's loader (oauth-check.ts) has validated any OAuth parameters of this URL.
  const check = useLoaderData() as OAuthCheck | undefined;
  const oauth = check?.oauth ?? null;
  const flow = useMemo(
    () =>
      readSigninFlow(new URL(location.pathname + location.search, window.location.origin), oauth),
    [location.pathname, location.search, oauth],
  );
  const state = useMemo(() => readStepState(location.state), [location.state]);
  return { flow, state };
}
