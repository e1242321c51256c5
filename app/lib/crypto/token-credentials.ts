// Request credentials derived from an auth-server token (32 random bytes): HKDF(token, info =
// namespace + kind, 96 bytes) → tokenId (the Hawk id / Bearer body / server key), the Hawk HMAC key,
// and a third 32 bytes (keyRequestKey, meaningful for keyFetchToken). Also the Bearer prefixes that
// replaced Hawk upstream (ADR-0050).
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-client/lib/crypto.ts ·
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-client/lib/bearer.ts ·
// https://github.com/mozilla/fxa/blob/main/docs/adr/0050-bearer-token-prefix-naming.md

import { type Bytes, bytesToHex, hexToBytes } from './bytes.ts';
import { hkdf } from './hkdf.ts';
import { NAMESPACE } from './namespace.ts';

export type TokenKind =
  | 'sessionToken'
  | 'keyFetchToken'
  | 'passwordChangeToken'
  | 'accountResetToken'
  | 'passwordForgotToken';

export interface TokenCredentials {
  /** tokenId, 64 lower-case hex. */
  id: string;
  /** Hawk credentials.key (reqHMACkey), raw bytes. */
  key: Bytes;
  /** km[64:96]: the keyRequestKey for a keyFetchToken. */
  extra: Bytes;
}

async function derive(tokenHex: string, kind: TokenKind): Promise<TokenCredentials> {
  const km = await hkdf(hexToBytes(tokenHex), NAMESPACE + kind, new Uint8Array(0), 96);
  return { id: bytesToHex(km.slice(0, 32)), key: km.slice(32, 64), extra: km.slice(64, 96) };
}

// A session token signs every settings request, several at once when a page loads: its
// credentials are derived once and shared (in memory, like the token itself), so those requests
// all leave together instead of queueing behind one HKDF each. Single-use tokens are not kept.
const sessionCredentials = new Map<string, Promise<TokenCredentials>>();
const MAX_SESSIONS = 8;

/** The credentials of a token. Treat the returned bytes as read-only (they may be shared). */
export function deriveTokenCredentials(
  tokenHex: string,
  kind: TokenKind,
): Promise<TokenCredentials> {
  if (kind !== 'sessionToken') return derive(tokenHex, kind);
  let credentials = sessionCredentials.get(tokenHex);
  if (!credentials) {
    credentials = derive(tokenHex, kind);
    credentials.catch(() => sessionCredentials.delete(tokenHex));
    if (sessionCredentials.size >= MAX_SESSIONS) {
      const oldest = sessionCredentials.keys().next().value;
      if (oldest !== undefined) sessionCredentials.delete(oldest);
    }
    sessionCredentials.set(tokenHex, credentials);
  }
  return credentials;
}

/** `Authorization: Bearer <prefix>_<tokenId>` prefixes (bearer-fxa-token.js). */
export const BEARER_PREFIX: Readonly<Record<TokenKind, string>> = {
  sessionToken: 'fxs',
  keyFetchToken: 'fxk',
  passwordChangeToken: 'fxpc',
  accountResetToken: 'fxar',
  passwordForgotToken: 'fxpf',
};

/** The full header value for a token, e.g. `Bearer fxs_c0a2…`. */
export async function bearerHeader(tokenHex: string, kind: TokenKind): Promise<string> {
  const { id } = await deriveTokenCredentials(tokenHex, kind);
  return `Bearer ${BEARER_PREFIX[kind]}_${id}`;
}

/**
 * Parses `Bearer <prefix>_<64 hex>` (the server regex `^Bearer <prefix>_([0-9a-f]{64})$`).
 * Returns null for anything else, including OAuth bearer tokens with no prefix.
 */
export function parseBearerHeader(
  authorization: string | null | undefined,
): { kind: TokenKind; id: string } | null {
  const m = /^Bearer ([a-z]+)_([0-9a-f]{64})$/.exec(authorization ?? '');
  if (!m) return null;
  const entry = Object.entries(BEARER_PREFIX).find(([, prefix]) => prefix === m[1]);
  return entry ? { kind: entry[0] as TokenKind, id: m[2] as string } : null;
}
