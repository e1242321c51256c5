// Strict reading of the browser's `fxaccounts:fxa_status` reply. The reply crosses a trust
// boundary: a page script could forge it, and mobile browsers have sent partial shapes.
import { looksLikeEmail } from '../email';

export type BrowserAccount = { uid: string; email: string; sessionToken: string; verified: true };

export type Capabilities = {
  engines: string[];
  multiService: boolean;
  pairing: boolean;
  choose_what_to_sync: boolean;
  /** Some embedders ask the page not to offer "choose what to sync" at all. */
  hide_choose_what_to_sync: boolean;
  keys_optional: boolean;
  can_link_account_uid: boolean;
};

/** Old Firefox iOS sends no capabilities (upstream reads `status.capabilities || {}`). */
export const DEFAULT_CAPABILITIES: Capabilities = {
  engines: [],
  multiService: false,
  pairing: false,
  choose_what_to_sync: false,
  hide_choose_what_to_sync: false,
  keys_optional: false,
  can_link_account_uid: false,
};

/** Why a browser user was not taken; shown nowhere, but tests and logs can tell cases apart. */
export type UntrustedReason = 'malformed' | 'unverified' | 'no-token';

export type FxaStatus = {
  signedInUser: BrowserAccount | null;
  untrusted?: UntrustedReason;
  /**
   * The address of an account Firefox holds but the page must not act as (unverified, or no
   * token): a prefill, never a session. Firefox reports `verified: false` for OAuth-native
   * sign-ins that have finished (upstream mozilla/fxa PR #20466 prefills it; security A10).
   */
  browserEmail?: string;
  clientId?: string;
  capabilities: Capabilities;
};

const UID = /^[0-9a-f]{32}$/i;
const TOKEN = /^[0-9a-f]{64}$/i;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function readUser(raw: unknown): Pick<FxaStatus, 'signedInUser' | 'untrusted' | 'browserEmail'> {
  if (raw === null || raw === undefined) return { signedInUser: null };
  if (!isRecord(raw)) return { signedInUser: null, untrusted: 'malformed' };
  const { uid, email, sessionToken, verified } = raw;
  if (
    typeof uid !== 'string' ||
    !UID.test(uid) ||
    typeof email !== 'string' ||
    !looksLikeEmail(email)
  ) {
    return { signedInUser: null, untrusted: 'malformed' };
  }
  // Firefox shows "account disconnected" with no token; that is not a session we can use.
  if (sessionToken === undefined || sessionToken === null || sessionToken === '') {
    return { signedInUser: null, untrusted: 'no-token', browserEmail: email };
  }
  if (typeof sessionToken !== 'string' || !TOKEN.test(sessionToken)) {
    return { signedInUser: null, untrusted: 'malformed' };
  }
  // An unverified browser login is never trusted as a session (upstream App/index.tsx); its token
  // is not used, kept or checked, only its address is offered (upstream PR #20466).
  if (verified !== true)
    return { signedInUser: null, untrusted: 'unverified', browserEmail: email };
  return {
    signedInUser: {
      uid: uid.toLowerCase(),
      email,
      sessionToken: sessionToken.toLowerCase(),
      verified: true,
    },
  };
}

function readCapabilities(raw: unknown): Capabilities {
  if (!isRecord(raw)) return { ...DEFAULT_CAPABILITIES };
  const flag = (key: keyof Capabilities) =>
    typeof raw[key] === 'boolean' ? (raw[key] as boolean) : (DEFAULT_CAPABILITIES[key] as boolean);
  const engines = Array.isArray(raw.engines)
    ? [
        ...new Set(
          raw.engines.filter((e): e is string => typeof e === 'string' && /^[a-z]+$/.test(e)),
        ),
      ]
    : [];
  return {
    engines,
    multiService: flag('multiService'),
    pairing: flag('pairing'),
    choose_what_to_sync: flag('choose_what_to_sync'),
    hide_choose_what_to_sync: flag('hide_choose_what_to_sync'),
    keys_optional: flag('keys_optional'),
    can_link_account_uid: flag('can_link_account_uid'),
  };
}

/** Returns null when the reply is not an fxa_status object at all. */
export function parseFxaStatus(data: unknown): FxaStatus | null {
  if (!isRecord(data)) return null;
  const status: FxaStatus = {
    ...readUser(data.signedInUser),
    capabilities: readCapabilities(data.capabilities),
  };
  if (typeof data.clientId === 'string') status.clientId = data.clientId;
  return status;
}
