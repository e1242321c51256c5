import { getBrowserChannel, notifyBrowser } from '../../lib/webchannel/browser-channel';
import { WebChannelError } from '../../lib/webchannel/channel';
import type { LoginData, SyncEngines } from '../../lib/webchannel/commands';
import { useSessionStore } from '../../session/session-store';
import type { SigninFlow } from './flow';
import type { PendingSignin } from './pending-signin';

// The browser's side of a sign-in for Firefox's own flows (Sync, OAuth native): ask before
// signing in (can_link_account), then hand over the account (fxaccounts:login).
// Order and shapes: fxa-upstream.md §1.2 and fx-webchannel.md ("fxa_status → loaded →
// can_link_account → login → oauth_login"); upstream fxa-settings pages/Signin/utils.ts.

/** Flows that end with fxaccounts:login: the browser itself is being signed in. */
export const signsInBrowser = (flow: SigninFlow) =>
  flow.integration.kind === 'sync' || flow.integration.kind === 'oauth-native';

/**
 * `fxaccounts:can_link_account`. Firefox may first show its merge warning (another account was
 * used on this profile), which a user answers at their own pace, so upstream waits without a
 * timeout; only a browser that never answered fxa_status gets the usual 500 ms. No channel at all
 * (not Firefox) cannot complete a Sync sign-in: that is a browser error, shown inline.
 */
export async function browserCanLinkAccount(email: string, uid?: string): Promise<boolean> {
  const channel = getBrowserChannel();
  const command = 'fxaccounts:can_link_account';
  if (!channel) throw new WebChannelError('no-such-channel', command, 'No WebChannel');
  const { device } = useSessionStore.getState();
  const data = uid && device.capabilities.can_link_account_uid ? { email, uid } : { email };
  const reply = await channel.request(command, data, {
    timeoutMs: device.channel === 'answered' ? Number.POSITIVE_INFINITY : undefined,
  });
  // Upstream resolves an empty reply as a refusal.
  return typeof reply === 'object' && reply !== null && reply.ok === true;
}

/** `services` of fxaccounts:login: Sync's engine choice, or the OAuth service by name. */
function servicesFor(flow: SigninFlow, engines: SyncEngines | undefined): LoginData['services'] {
  if (flow.isSync) return { sync: engines ?? {} };
  const service = flow.integration.service;
  return service && /^[a-z0-9_-]{1,64}$/.test(service) ? { [service]: {} } : undefined;
}

/**
 * `fxaccounts:login` with a verified session. Keys go only to the legacy Sync flow: for OAuth the
 * browser gets them through the code (upstream: "sending these values can cause intermittent sync
 * disconnect issues in oauth desktop"). The browser then holds this account, so the page acts as
 * the browser's account from here on.
 */
export function sendBrowserLogin(
  pending: PendingSignin,
  flow: SigninFlow,
  engines?: SyncEngines,
): void {
  const { account } = pending;
  const data: LoginData = {
    email: account.email,
    uid: account.uid,
    sessionToken: account.sessionToken,
    verified: account.verified,
  };
  if (flow.integration.kind === 'sync' && pending.keys) {
    data.keyFetchToken = pending.keys.keyFetchToken;
    data.unwrapBKey = pending.keys.unwrapBKey;
  }
  if (pending.verifiedCanLinkAccount) data.verifiedCanLinkAccount = true;
  const services = servicesFor(flow, engines);
  if (services) data.services = services;
  notifyBrowser('fxaccounts:login', data);
  const store = useSessionStore.getState();
  store.signIn(account, 'browser');
  if (account.verified) store.setDevice({ browserAccount: { ...account, verified: true } });
}
