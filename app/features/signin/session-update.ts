import type { SignedInAccount } from '../../session/precedence';
import { useSessionStore } from '../../session/session-store';

/**
 * Makes `account` the page's session and the stored current account. The same token keeps its
 * source (a confirmed browser session is still the browser's); a new token is the page's own.
 */
export function storeSession(account: SignedInAccount): void {
  const store = useSessionStore.getState();
  const { session } = store;
  const same =
    session.status === 'signed-in' &&
    session.account.uid === account.uid &&
    session.account.sessionToken === account.sessionToken;
  store.signIn(account, same ? session.source : 'storage');
}
