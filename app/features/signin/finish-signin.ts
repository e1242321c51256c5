import type { SyncEngines } from '../../lib/webchannel/commands';
import { useSessionStore } from '../../session/session-store';
import { sendBrowserLogin } from './browser-login';
import { type SigninFlow, withQuery } from './flow';
import { sendOAuthLoginToBrowser } from './oauth-native';
import { type PendingSignin, setPendingSignin, unconfirmedStep } from './pending-signin';
import type { StepState } from './signin-state';
import { offeredEngines } from './sync-engines';

// Where a sign-in goes once it has a session: a code page while the email or the session is
// unconfirmed, then per integration (fxa-upstream.md §2.2; upstream pages/Signin/utils.ts
// handleNavigation): Web → redirect_to or /settings; Sync → choose what to sync → fxaccounts:login
// → connect another device; OAuth native → fxaccounts:login → fxaccounts:oauth_login; OAuth web →
// back to the relier (the OAuth feature's finishOAuthFlow).

export type StepNavigate = (to: string, options?: { replace?: boolean; state?: StepState }) => void;

export async function finishSignin(
  pending: PendingSignin,
  flow: SigninFlow,
  navigate: StepNavigate,
): Promise<void> {
  const state: StepState = { email: pending.account.email };
  const codeStep = unconfirmedStep(pending);
  if (codeStep) {
    navigate(withQuery(codeStep, flow.query), { state });
    return;
  }
  switch (flow.integration.kind) {
    case 'web':
      setPendingSignin(null);
      navigate(flow.redirectTo ?? '/settings', { replace: true });
      return;
    case 'oauth-web': {
      // The request the route's loader checked (oauth-check.ts): the query is not read again.
      const request = flow.oauth?.ok ? flow.oauth.request : undefined;
      if (!request) throw new Error('OAuth web flow without a checked request');
      setPendingSignin(null);
      // Loaded on demand: the relier round trip is not part of a sign-in page's first load.
      const { finishOAuthFlow, permissionsUrl } = await import('../../lib/oauth/finish-oauth');
      await finishOAuthFlow({
        account: pending.account,
        request,
        permissions: { show: () => navigate(permissionsUrl(flow.query)) },
      });
      return;
    }
    case 'sync':
    case 'oauth-native': {
      // The legacy Sync flow hands the keys to Firefox, OAuth native encrypts them to the
      // browser's keys_jwk; after a reload they are gone (they are never stored), and only the
      // password can make new ones.
      if (needsKeys(flow) && !pending.keys) {
        navigate(withQuery('/signin', flow.query), { replace: true, state });
        return;
      }
      const { capabilities } = useSessionStore.getState().device;
      if (flow.isSync && offeredEngines(capabilities).length > 0) {
        navigate(withQuery('/choose_what_to_sync', flow.query), { state });
        return;
      }
      await finishInBrowser(pending, flow, navigate, flow.isSync ? {} : undefined);
      return;
    }
  }
}

function needsKeys(flow: SigninFlow): boolean {
  if (flow.integration.kind === 'sync') return true;
  return flow.integration.kind === 'oauth-native' && flow.oauth?.ok === true
    ? flow.oauth.params.keysJwk !== undefined
    : false;
}

/** Firefox's own flows, last step: fxaccounts:login, the OAuth code for OAuth native, and on. */
export async function finishInBrowser(
  pending: PendingSignin,
  flow: SigninFlow,
  navigate: StepNavigate,
  engines: SyncEngines | undefined,
): Promise<void> {
  sendBrowserLogin(pending, flow, engines);
  if (flow.integration.kind === 'oauth-native') {
    if (!flow.oauth?.ok) throw new Error('OAuth native flow without valid parameters');
    await sendOAuthLoginToBrowser(pending, flow.oauth.params, engines);
  }
  setPendingSignin(null);
  // Sync goes on to connect another device (upstream's CAD / pair page); other browser services
  // to the account page.
  navigate(withQuery(flow.isSync ? '/connect_another_device' : '/settings', flow.query), {
    replace: true,
  });
}
