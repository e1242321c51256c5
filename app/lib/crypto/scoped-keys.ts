// Scoped keys: what an OAuth client with a key-bearing scope receives instead of kB (the
// account's root key), delivered inside `keys_jwe`. Two derivations, as upstream
// (fxa-crypto-relier ScopedKeys.deriveScopedKey / _deriveLegacySyncKey):
// - Sync (oldsync): kSync = HKDF(kB, salt "", info ".../picl/v1/oldsync", 64 bytes);
//   kid = keyRotationTimestamp (ms) + "-" + base64url(SHA-256(kB)[0..16]) (Sync's X-KeyID).
// - any other scope: HKDF(kB ‖ keyRotationSecret, salt uid, info ".../picl/v1/scoped_key\n" +
//   identifier, 48 bytes); kid = round(timestamp / 1000) + "-" + base64url(first 16), k = last 32.
// https://github.com/mozilla/fxa/blob/main/packages/fxa-crypto-relier/src/deriver/ScopedKeys.ts

import { base64urlEncode, concatBytes, hexToBytes } from './bytes.ts';
import { hkdf, sha256 } from './hkdf.ts';

export const SYNC_SCOPES: readonly string[] = [
  'https://identity.mozilla.com/apps/oldsync',
  'https://identity.thunderbird.net/apps/sync',
];

export type ScopedKeyJwk = { kty: 'oct'; scope: string; k: string; kid: string };

export type ScopedKeyInput = {
  /** The account's kB, 64 hex. */
  kB: string;
  uid: string;
  /** The scope's key identifier (from POST /account/scoped-key-data). */
  identifier: string;
  keyRotationSecret: string;
  /** Milliseconds. */
  keyRotationTimestamp: number;
};

export async function deriveScopedKey(input: ScopedKeyInput): Promise<ScopedKeyJwk> {
  const kB = hexToBytes(input.kB);
  if (SYNC_SCOPES.includes(input.identifier)) {
    const kSync = await hkdf(kB, 'identity.mozilla.com/picl/v1/oldsync', new Uint8Array(0), 64);
    const kHash = (await sha256(kB)).slice(0, 16);
    return {
      kty: 'oct',
      scope: input.identifier,
      k: base64urlEncode(kSync),
      kid: `${input.keyRotationTimestamp}-${base64urlEncode(kHash)}`,
    };
  }
  const key = await hkdf(
    concatBytes(kB, hexToBytes(input.keyRotationSecret)),
    `identity.mozilla.com/picl/v1/scoped_key\n${input.identifier}`,
    hexToBytes(input.uid),
    48,
  );
  return {
    kty: 'oct',
    scope: input.identifier,
    k: base64urlEncode(key.slice(16, 48)),
    kid: `${Math.round(input.keyRotationTimestamp / 1000)}-${base64urlEncode(key.slice(0, 16))}`,
  };
}
