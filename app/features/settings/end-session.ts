import { clearProfileTokenCache } from '../../lib/auth-client/profile-read';
import { queryClient } from '../../query-client';
import { useSessionStore } from '../../session/session-store';
import { settingsKeys } from './settings-data';
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
 */
export function expireSession(location: { pathname: string; search: string }): void {
  const { session } = useSessionStore.getState();
  if (session.status !== 'signed-in') return;
  setSettingsExit({
    to: signInAgainPath(location.pathname, location.search, session.account.email),
  });
  endLocally();
}
