import type { SettingsRequests } from '../features/settings/data/first-requests';
import { isSettingsPath } from '../lib/settings-path';
import { useSessionStore } from '../session/session-store';

/**
 * Requests the entry started for the opened page, handed to that page's route loader through the
 * router's context (router.tsx): each is taken once, by the first loader that asks.
 */
export type EarlyRequests = {
  /** Resolves once every started request has left the page, at once when none was; never rejects. */
  readonly sent: Promise<void>;
  /** The settings requests (null when none were started, or when taken already). */
  takeSettings(): Promise<SettingsRequests | null> | null;
};

/**
 * Starts the opened page's requests the moment the session is known, from the entry (main.tsx),
 * while React and the router are still arriving (docs/decisions/0001-early-settings-requests.md).
 * Their code is a small chunk of its own, which /settings's HTML names for preloading, so other
 * pages do not carry the auth client in their initial JS. Features opt in.
 */
export function startRouteRequests(pathname: string): EarlyRequests {
  const { session } = useSessionStore.getState();
  if (session.status !== 'signed-in' || !isSettingsPath(pathname)) {
    return { sent: Promise.resolve(), takeSettings: () => null };
  }
  const { sessionToken } = session.account;
  // A chunk that cannot be loaded starts nothing: the loader then makes the requests itself.
  let settings: Promise<SettingsRequests | null> | null = import(
    '../features/settings/data/first-requests'
  ).then(
    (m) => m.startSettingsRequests(sessionToken),
    () => null,
  );
  const sent = settings.then((started) => started?.sent);
  return {
    sent,
    takeSettings() {
      const taken = settings;
      settings = null;
      return taken;
    },
  };
}
