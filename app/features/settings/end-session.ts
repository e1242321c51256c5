import { clearProfileTokenCache } from '../../lib/auth-client/profile-read';
import { isSyncIntegration, readIntegration } from '../../lib/integration';
import { queryClient } from '../../query-client';
import { isBrowserSession, useSessionStore } from '../../session/session-store';
import { settingsKeys } from './data/queries';
import { setSettingsExit, signInAgainPath } from './settings-exit';

/** Forgets the session here (token, cached access tokens, loaded data); keeps the email stored. */
export function endLocally(): void {
  clearProfileTokenCache();
  useSessionStore.getState().signOut();
  queryClient.removeQueries({ queryKey: settingsKeys.all });
}

/**
 * errno 110: the server no longer knows the token (security reference D1). Sign in again, email
 * kept, page remembered in redirect_to. Firefox is not told: its own requests find out.
 * In a Sync context, when the token is the one Firefox holds, signing in again on the web cannot
 * repair Firefox and can break Sync (mozilla/fxa-content-server#4252): `/signout_sync` tells the
 * user to sign out from the browser's menu instead (upstream SignoutSync, mozilla/fxa PR #17241).
 */
export function expireSession(location: { pathname: string; search: string }): void {
  const state = useSessionStore.getState();
  const { session } = state;
  if (session.status !== 'signed-in') return;
  setSettingsExit({
    to: firefoxSessionEnded(state, location.search)
      ? `/signout_sync${location.search}`
      : signInAgainPath(location.pathname, location.search, session.account.email),
  });
  endLocally();
}

/**
 * A Sync page (service=sync, context=fx_desktop_v3, Sync over OAuth) on Firefox's own session.
 * Firefox's "Manage account" opens `/settings?context=fx_desktop_v3&entrypoint=…` (ESR 153
 * FxAccountsConfig.sys.mjs: promiseManageURI, with defaultParams' context).
 */
export function firefoxSessionEnded(
  state: Parameters<typeof isBrowserSession>[0],
  search: string,
): boolean {
  const integration = readIntegration(new URL(`/${search}`, 'http://localhost'));
  return isSyncIntegration(integration) && isBrowserSession(state);
}
