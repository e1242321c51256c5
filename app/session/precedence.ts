import type { BrowserAccount } from '../lib/webchannel/fxa-status';
import type { StoredAccount } from './account-storage';

export type SignedInAccount = {
  uid: string;
  email: string;
  sessionToken: string;
  verified: boolean;
};

export type ChosenSession =
  | { source: 'browser'; account: SignedInAccount }
  | { source: 'storage'; account: SignedInAccount }
  | null;

/**
 * Which account the page acts as (upstream Backbone `shouldSetSignedInAccountFromBrowser`,
 * reference §1.5 and F4): for Sync the browser's account always wins; otherwise a locally
 * signed-in account wins and the browser's is used only when there is none. The browser account
 * reaching here has already been validated (verified, well-formed token).
 */
export function chooseSession(input: {
  isSync: boolean;
  browser: BrowserAccount | null;
  local: (StoredAccount & { sessionToken: string }) | undefined;
}): ChosenSession {
  const { isSync, browser, local } = input;
  const fromLocal: ChosenSession = local
    ? {
        source: 'storage',
        account: {
          uid: local.uid,
          email: local.email,
          sessionToken: local.sessionToken,
          verified: local.verified === true,
        },
      }
    : null;
  const fromBrowser: ChosenSession = browser ? { source: 'browser', account: browser } : null;
  if (isSync) return fromBrowser ?? fromLocal;
  return fromLocal ?? fromBrowser;
}

/**
 * The email to prefill: an explicit `email` or `login_hint` parameter beats any account
 * (force_auth, relier hints), then the session's account, then the address of an account the
 * browser holds but the page may not use (unverified or no token: upstream mozilla/fxa PR
 * #20466), then the last one stored here.
 */
export function prefillEmail(input: {
  hint?: string;
  sessionEmail?: string;
  browserEmail?: string;
  storedEmail?: string;
}): string {
  return input.hint || input.sessionEmail || input.browserEmail || input.storedEmail || '';
}
