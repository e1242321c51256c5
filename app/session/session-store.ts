import { create } from 'zustand';
import {
  type BrowserAccount,
  type Capabilities,
  DEFAULT_CAPABILITIES,
} from '../lib/webchannel/fxa-status';
import { forgetSession, saveAccount } from './account-storage';
import type { SignedInAccount } from './precedence';

/** What the page knows about who is signed in (a tagged union, after ory/elements). */
export type Session =
  | { status: 'unknown' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; source: 'browser' | 'storage'; account: SignedInAccount };

/** How the device exchange went; `skipped` means not a WebChannel browser, nothing was sent. */
export type DeviceChannel = 'skipped' | 'pending' | 'answered' | 'timeout' | 'no-channel' | 'error';

export type DeviceState = {
  channel: DeviceChannel;
  /** The browser's validated account, kept apart from the session: sign-out needs to compare. */
  browserAccount: BrowserAccount | null;
  capabilities: Capabilities;
  /** The address of an account Firefox holds unverified or without a token: a prefill only. */
  browserEmail?: string;
};

type SessionStore = {
  session: Session;
  device: DeviceState;
  setDevice: (device: Partial<DeviceState>) => void;
  /** Makes `account` the session and persists it as the current account. */
  signIn: (account: SignedInAccount, source: 'browser' | 'storage') => void;
  /** Forgets the session locally (the token), keeping the email for the next prefill. */
  signOut: () => void;
};

export const useSessionStore = create<SessionStore>()((set, get) => ({
  session: { status: 'unknown' },
  device: { channel: 'pending', browserAccount: null, capabilities: DEFAULT_CAPABILITIES },
  setDevice: (device) => set({ device: { ...get().device, ...device } }),
  signIn: (account, source) => {
    saveAccount(
      {
        uid: account.uid,
        email: account.email,
        sessionToken: account.sessionToken,
        verified: account.verified,
      },
      { makeCurrent: true },
    );
    set({ session: { status: 'signed-in', source, account } });
  },
  signOut: () => {
    const { session } = get();
    if (session.status === 'signed-in') forgetSession(session.account.uid);
    set({ session: { status: 'signed-out' } });
  },
}));

/** True when the session is the one the browser holds: only then may the page tell Firefox. */
export function isBrowserSession(state: Pick<SessionStore, 'session' | 'device'>): boolean {
  const { session, device } = state;
  return (
    session.status === 'signed-in' &&
    device.browserAccount !== null &&
    device.browserAccount.uid === session.account.uid &&
    device.browserAccount.sessionToken === session.account.sessionToken
  );
}

export const signedInAccount = (session: Session): SignedInAccount | undefined =>
  session.status === 'signed-in' ? session.account : undefined;
