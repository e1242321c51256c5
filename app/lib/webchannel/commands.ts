// Typed WebChannel commands of the `account_updates` channel.
// Shapes follow Firefox's FxAccountsWebChannel.sys.mjs (ESR 153) and upstream fxa-settings'
// lib/channels/firefox.ts; see ../shared/reference/fxa-upstream.md §1.2 and firefox-device.md §4.

export const CHANNEL_ID = 'account_updates';

export type SyncEngines = { offeredEngines?: string[]; declinedEngines?: string[] };

export type LoginData = {
  email: string;
  uid: string;
  sessionToken: string;
  verified: boolean;
  keyFetchToken?: string;
  unwrapBKey?: string;
  verifiedCanLinkAccount?: boolean;
  authAt?: number;
  services?: { sync: SyncEngines } | Record<string, Record<string, never>>;
};

export type FxaStatusRequest = { service: string; context: string; isPairing: boolean };

/** Commands the page sends and what each carries. */
export type CommandData = {
  'fxaccounts:fxa_status': FxaStatusRequest;
  'fxaccounts:loaded': Record<string, never>;
  'fxaccounts:can_link_account': { email: string; uid?: string };
  'fxaccounts:login': LoginData;
  'fxaccounts:oauth_login': {
    action: 'signin' | 'signup' | 'pairing';
    code: string;
    state: string;
    redirect: string;
    scope?: string;
    declinedSyncEngines?: string[];
    offeredSyncEngines?: string[];
  };
  'fxaccounts:logout': { uid: string };
  'fxaccounts:delete': { uid: string };
  'fxaccounts:change_password': LoginData;
  'profile:change': { uid: string };
  // QR-code pairing, the authority side (Firefox 153 FxAccountsWebChannel.sys.mjs COMMAND_PAIR_*,
  // ../shared/reference/pairing.md §2.5): Firefox replies only while a flow has that channel_id.
  'fxaccounts:pair_preferences': Record<string, never>;
  'fxaccounts:pair_supplicant_metadata': { channel_id: string };
  'fxaccounts:pair_heartbeat': { channel_id: string };
  'fxaccounts:pair_authorize': { channel_id: string };
  'fxaccounts:pair_decline': { channel_id: string };
  'fxaccounts:pair_complete': { channel_id: string };
};

export type Command = keyof CommandData;

/** Commands Firefox answers; the others are fire-and-forget (Firefox may not reply at all). */
export type RequestCommand =
  | 'fxaccounts:fxa_status'
  | 'fxaccounts:can_link_account'
  | PairingRequestCommand;

export type PairingRequestCommand =
  | 'fxaccounts:pair_preferences'
  | 'fxaccounts:pair_supplicant_metadata'
  | 'fxaccounts:pair_heartbeat'
  | 'fxaccounts:pair_authorize'
  | 'fxaccounts:pair_decline'
  | 'fxaccounts:pair_complete';

export type ReplyData = {
  'fxaccounts:fxa_status': unknown; // validated by parseFxaStatus: the browser is not trusted blindly
  'fxaccounts:can_link_account': { ok: boolean };
} & Record<PairingRequestCommand, unknown>; // validated by app/features/pair (Firefox is not trusted blindly)

/** A message from the browser, after the envelope has been checked. */
export type IncomingMessage = {
  command: string;
  messageId?: string;
  data: unknown;
  late?: boolean;
};
