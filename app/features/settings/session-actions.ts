// What settings does to the session and who it tells: the server, this tab's store and storage,
// the other tabs (BroadcastChannel, session/cross-tab.ts) and — only when the session is the one
// Firefox holds — the browser over the WebChannel. Upstream: fxa-settings DropDownAvatarMenu
// (sign-out), PageDeleteAccount, PageChangePassword, lib/channels/firefox.ts (fxaLogout,
// fxaDelete, passwordChanged, profileChange) and models/Account.ts.
import { queryClient } from '../../app-root';
import { clearProfileTokenCache } from '../../lib/auth-client/profile';
import { sessionDestroy } from '../../lib/auth-client/session';
import { notifyBrowser } from '../../lib/webchannel/browser-channel';
import { broadcast } from '../../session/cross-tab';
import { isBrowserSession, useSessionStore } from '../../session/session-store';
import { settingsKeys } from './settings-data';
import { setSettingsExit, signInAgainPath } from './settings-exit';

function signedIn() {
  const { session } = useSessionStore.getState();
  return session.status === 'signed-in' ? session : undefined;
}

/** Forgets the session here (token, cached access tokens, loaded data); keeps the email stored. */
function endLocally(): void {
  clearProfileTokenCache();
  useSessionStore.getState().signOut();
  queryClient.removeQueries({ queryKey: settingsKeys.all });
}

/**
 * Avatar-menu sign-out: destroy the session on the server, but sign out here whatever the answer
 * (offline, 5xx, already gone) — the user asked to be signed out. Firefox hears about it only
 * when it holds this very session; the other tabs always do.
 */
export async function signOutOfSettings(): Promise<void> {
  const session = signedIn();
  if (!session) return;
  const { uid, sessionToken } = session.account;
  const wasBrowsers = isBrowserSession(useSessionStore.getState());
  try {
    // Bounded: a hanging network must not hold the user on a page they asked to leave.
    await sessionDestroy(sessionToken, {}, { requestTimeoutMs: 5_000 });
  } catch {
    // Cleared locally below; a session the server still has expires on its own.
  }
  setSettingsExit({ to: '/' });
  endLocally();
  if (wasBrowsers) notifyBrowser('fxaccounts:logout', { uid });
  broadcast({ name: 'signed_out', uid });
}

/** errno 110: the server no longer knows the token. Sign in again, email kept, page remembered. */
export function expireSession(location: { pathname: string; search: string }): void {
  const session = signedIn();
  if (!session) return;
  setSettingsExit({
    to: signInAgainPath(location.pathname, location.search, session.account.email),
  });
  endLocally();
}

/** After POST /account/destroy succeeded. */
export function finishAccountDeletion(uid: string, wasBrowsers: boolean): void {
  setSettingsExit({ to: '/', state: { accountDeleted: true } });
  endLocally();
  if (wasBrowsers) notifyBrowser('fxaccounts:delete', { uid });
  broadcast({ name: 'deleted', uid });
}

/**
 * The password change replaced the session: the new token goes everywhere the old one was — the
 * store and storage (signIn), Firefox when it held the old one, and the other tabs (which read it
 * from storage on the broadcast).
 */
export function adoptNewSession(change: {
  uid: string;
  email: string;
  sessionToken: string;
  verified: boolean;
  keyFetchToken?: string | undefined;
  unwrapBKey?: string | undefined;
}): void {
  const store = useSessionStore.getState();
  const session = signedIn();
  if (!session) return;
  const wasBrowsers = isBrowserSession(store);
  const account = {
    uid: change.uid,
    email: session.account.email,
    sessionToken: change.sessionToken,
    verified: change.verified,
  };
  clearProfileTokenCache();
  store.signIn(account, session.source);
  if (wasBrowsers && store.device.browserAccount) {
    // Firefox is about to hold the new token: keep treating this session as the browser's.
    store.setDevice({
      browserAccount: { ...store.device.browserAccount, sessionToken: change.sessionToken },
    });
    notifyBrowser('fxaccounts:change_password', {
      email: change.email,
      uid: change.uid,
      sessionToken: change.sessionToken,
      verified: change.verified,
      ...(change.keyFetchToken && change.unwrapBKey
        ? { keyFetchToken: change.keyFetchToken, unwrapBKey: change.unwrapBKey }
        : {}),
    });
  }
  broadcast({ name: 'password_changed', uid: change.uid });
}

/**
 * After a display name, avatar or primary-email change: the other tabs reload their data, and
 * Firefox refreshes its cached profile when it is signed in to this account (`profile:change`,
 * which Firefox never answers).
 */
export function announceProfileChange(uid: string): void {
  const { device } = useSessionStore.getState();
  if (device.browserAccount?.uid === uid) notifyBrowser('profile:change', { uid });
  broadcast({ name: 'profile_changed', uid });
}
