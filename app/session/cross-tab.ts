import { storageKey } from '../lib/safe-storage';
import { readAccounts } from './account-storage';
import { useSessionStore } from './session-store';

// Other tabs of the app follow sign-out, token changes and account deletion (security reference
// §E; upstream useLocalStorageSync + firefox.ts broadcast). Storage events and BroadcastChannel
// both reach only *other* tabs, and receivers never re-broadcast: no echo loops. Nothing here
// goes to the browser over the WebChannel (E6).

export type CrossTabEvent =
  | { name: 'signed_out'; uid: string }
  | { name: 'deleted'; uid: string }
  | { name: 'password_changed'; uid: string }
  | { name: 'profile_changed'; uid: string };

const CHANNEL = 'firefox_accounts';
const NAMES = new Set<CrossTabEvent['name']>([
  'signed_out',
  'deleted',
  'password_changed',
  'profile_changed',
]);

function openChannel(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  } catch {
    return null;
  }
}

/** The channel this tab listens on (followOtherTabs), if it does. */
let listening: BroadcastChannel | null = null;

/**
 * Tells the other tabs; payload is `{name, data}` as upstream, with a uid and never a token.
 * Sent from the channel this tab listens on: a BroadcastChannel hears every other instance of
 * its name, those of its own tab too, but never itself. Without this a tab would resync from
 * its own message, which signs it out when storage is blocked (security reference D11).
 */
export function broadcast(event: CrossTabEvent): void {
  const channel = listening ?? openChannel();
  channel?.postMessage(JSON.stringify({ name: event.name, data: { uid: event.uid } }));
  if (channel !== listening) channel?.close();
}

export function parseBroadcast(raw: unknown): CrossTabEvent | undefined {
  try {
    const value = typeof raw === 'string' ? JSON.parse(raw) : raw;
    const uid = value?.data?.uid;
    if (NAMES.has(value?.name) && typeof uid === 'string' && /^[0-9a-f]{32}$/.test(uid)) {
      return { name: value.name, uid };
    }
  } catch {}
  return undefined;
}

/** Brings this tab's session in line with storage, which another tab just changed. */
export function resyncFromStorage(): void {
  const { session } = useSessionStore.getState();
  if (session.status !== 'signed-in') return;
  const stored = readAccounts()[session.account.uid];
  const token = stored?.sessionToken;
  if (!stored || !token) {
    // Our account's session ended in another tab (sign-out, deletion, storage cleared).
    useSessionStore.setState({ session: { status: 'signed-out' } });
  } else if (token !== session.account.sessionToken) {
    // Password change elsewhere: the old token is dead, the new one is in storage.
    useSessionStore.setState({
      session: { ...session, account: { ...session.account, sessionToken: token } },
    });
  }
  // A different current account in another tab leaves this tab's account alone (upstream
  // multitab test): only our own uid's entry matters.
}

/** Starts listening; returns the stop function. `onEvent` sees every valid broadcast. */
export function followOtherTabs(onEvent: (event: CrossTabEvent) => void = () => {}): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key.startsWith(storageKey(''))) resyncFromStorage();
  };
  const channel = openChannel();
  const onMessage = (e: MessageEvent) => {
    const event = parseBroadcast(e.data);
    if (!event) return;
    resyncFromStorage();
    onEvent(event);
  };
  window.addEventListener('storage', onStorage);
  channel?.addEventListener('message', onMessage);
  listening = channel;
  return () => {
    window.removeEventListener('storage', onStorage);
    channel?.removeEventListener('message', onMessage);
    channel?.close();
    if (listening === channel) listening = null;
  };
}
