// What settings does to the session and who it tells: the server, this tab's store and storage,
// the other tabs (BroadcastChannel, session/cross-tab.ts) and — only when the session is the one
// Firefox holds — the browser over the WebChannel. Upstream: fxa-settings DropDownAvatarMenu
// (sign-out), PageDeleteAccount, PageChangePassword, lib/channels/firefox.ts (fxaLogout,
// fxaDelete, passwordChanged, profileChange) and models/Account.ts.
import { clearProfileTokenCache } from '../../lib/auth-client/profile-read';
import { sessionDestroy } from '../../lib/auth-client/session';
import { notifyBrowser } from '../../lib/webchannel/browser-channel';
import { forgetAccount, saveAccount } from '../../session/account-storage';
import { broadcast } from '../../session/cross-tab';
import type { SignedInAccount } from '../../session/precedence';
import { isBrowserSession, useSessionStore } from '../../session/session-store';
import { endLocally } from './end-session';
import { setSettingsExit } from './settings-exit';

function signedIn() {
  const { session } = useSessionStore.getState();
  return session.status === 'signed-in' ? session : undefined;
}

/**
 * Replaces this tab's account (new token or primary email) in the store and in storage, without
 * making it the current account: another tab may have switched accounts meanwhile (security
 * reference E2), and this tab keeps acting for its own uid.
 */
function updateAccount(account: SignedInAccount): void {
  const { session } = useSessionStore.getState();
  if (session.status !== 'signed-in' || session.account.uid !== account.uid) return;
  saveAccount(account, { makeCurrent: false });
  useSessionStore.setState({ session: { ...session, account } });
}

/** Firefox no longer holds an account: forget the copy we kept of its answer. */
function forgetBrowserAccount(): void {
  useSessionStore.getState().setDevice({ browserAccount: null });
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
  if (wasBrowsers) {
    notifyBrowser('fxaccounts:logout', { uid });
    forgetBrowserAccount();
  }
  broadcast({ name: 'signed_out', uid });
}

/**
 * After POST /account/destroy succeeded. Firefox hears about it whenever it holds this account,
 * through this session or another one: either way its account is gone (upstream
 * PageDeleteAccount sends fxaccounts:delete unconditionally; Firefox ignores another uid).
 */
export function finishAccountDeletion(uid: string): void {
  const browsers = useSessionStore.getState().device.browserAccount?.uid === uid;
  setSettingsExit({ to: '/', state: { accountDeleted: true } });
  endLocally();
  // Nothing left to suggest at the next sign-in either (security reference D9).
  forgetAccount(uid);
  if (browsers) {
    notifyBrowser('fxaccounts:delete', { uid });
    forgetBrowserAccount();
  }
  broadcast({ name: 'deleted', uid });
}

/**
 * The password change replaced the session: the new token goes everywhere the old one was — the
 * store and storage, Firefox when it held the old one (with the key material it needs to keep
 * Sync going, as upstream's passwordChanged), and the other tabs (which read it from storage on
 * the broadcast; the token itself never goes on the broadcast).
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
  if (!session || session.account.uid !== change.uid) return;
  const wasBrowsers = isBrowserSession(store);
  clearProfileTokenCache();
  updateAccount({
    ...session.account,
    sessionToken: change.sessionToken,
    verified: change.verified,
  });
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

/** Make-primary succeeded: the stored account follows, and so do Firefox and the other tabs. */
export function adoptPrimaryEmail(email: string): void {
  const session = signedIn();
  if (!session) return;
  updateAccount({ ...session.account, email });
  announceProfileChange(session.account.uid);
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
