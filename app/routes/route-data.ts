import { startEarly } from '../lib/early-requests';
import { isSettingsPath } from '../lib/settings-path';
import { useSessionStore } from '../session/session-store';

/**
 * Starts the opened page's requests the moment the session is known, from the entry (main.tsx),
 * while React and the router are still arriving; the page's queries take them over
 * (lib/early-requests.ts). Their code is a small chunk of its own, which /settings's HTML names
 * for preloading, so other pages do not carry the auth client in their initial JS. Features opt
 * in. Resolves once the requests have left (main.tsx waits for that), at once when there are
 * none; never rejects.
 */
export function prefetchRouteData(pathname: string): Promise<void> {
  const { session } = useSessionStore.getState();
  if (session.status === 'signed-in' && isSettingsPath(pathname)) {
    return startEarly(session.account.sessionToken, (token) =>
      import('../features/settings/settings-requests').then((m) => m.startSettingsRequests(token)),
    );
  }
  return Promise.resolve();
}
