// The GET /account/keys response: keyFetchToken → keyRequestKey → HKDF(info ".../account/keys", 96)
// = respHMACkey(32) ‖ respXORkey(64); bundle = (kA ‖ wrapKB) ⊕ respXORkey, followed by
// HMAC-SHA256(respHMACkey, ciphertext). The MAC is checked before anything is unwrapped.
// https://github.com/mozilla/ecosystem-platform/blob/main/docs/explanation/onepw-protocol.md ·
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-client/lib/crypto.ts

import { bytesToHex, concatBytes, hexToBytes, xorBytes } from './bytes.ts';
import { hkdf, hmacSha256, hmacSha256Verify } from './hkdf.ts';
import { NAMESPACE } from './namespace.ts';
import { deriveTokenCredentials } from './token-credentials.ts';

export interface AccountKeys {
  /** 64 hex. */
  kA: string;
  /** 64 hex; kB = wrapKB ⊕ unwrapBKey. */
  wrapKB: string;
}

export class KeyBundleError extends Error {
  override readonly name = 'KeyBundleError';
}

async function bundleKeys(keyRequestKey: Uint8Array) {
  const km = await hkdf(keyRequestKey, `${NAMESPACE}account/keys`, new Uint8Array(0), 96);
  return { hmacKey: km.slice(0, 32), xorKey: km.slice(32, 96) };
}

/** Unwraps with the keyRequestKey directly (the form fxa-auth-client's own vector uses). */
export async function unbundleWithKeyRequestKey(
  bundleHex: string,
  keyRequestKey: Uint8Array,
): Promise<AccountKeys> {
  if (!/^[0-9a-fA-F]{192}$/.test(bundleHex)) throw new KeyBundleError('Bad bundle length');
  const bundle = hexToBytes(bundleHex);
  const ciphertext = bundle.slice(0, 64);
  const mac = bundle.slice(64, 96);
  const { hmacKey, xorKey } = await bundleKeys(keyRequestKey);
  if (!(await hmacSha256Verify(hmacKey, ciphertext, mac))) throw new KeyBundleError('Bad HMac');
  const plain = xorBytes(ciphertext, xorKey);
  return { kA: bytesToHex(plain.slice(0, 32)), wrapKB: bytesToHex(plain.slice(32, 64)) };
}

export async function unbundleKeyFetchResponse(
  bundleHex: string,
  keyFetchTokenHex: string,
): Promise<AccountKeys> {
  const { extra } = await deriveTokenCredentials(keyFetchTokenHex, 'keyFetchToken');
  return unbundleWithKeyRequestKey(bundleHex, extra);
}

/** Server side of GET /account/keys (for the emulator). */
export async function bundleWithKeyRequestKey(
  keys: AccountKeys,
  keyRequestKey: Uint8Array,
): Promise<string> {
  const { hmacKey, xorKey } = await bundleKeys(keyRequestKey);
  const ciphertext = xorBytes(concatBytes(hexToBytes(keys.kA), hexToBytes(keys.wrapKB)), xorKey);
  return bytesToHex(concatBytes(ciphertext, await hmacSha256(hmacKey, ciphertext)));
}

export async function bundleKeyFetchResponse(
  keys: AccountKeys,
  keyFetchTokenHex: string,
): Promise<string> {
  const { extra } = await deriveTokenCredentials(keyFetchTokenHex, 'keyFetchToken');
  return bundleWithKeyRequestKey(keys, extra);
}
