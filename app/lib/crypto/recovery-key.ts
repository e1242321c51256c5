// The account recovery key, as fxa-auth-client makes it: 20 random bytes whose first byte is forced
// to 0x50|(b&7) so the Crockford-base32 form (32 characters, shown as 8 groups of 4) starts with
// `A`. HKDF-SHA256 salted with the uid's 16 bytes derives the 16-byte recoveryKeyId (`fxa recovery
// fingerprint`) and the 32-byte encryption key (`fxa recovery encrypt key`); recoveryData is a
// compact JWE (`dir`, A256GCM, header {enc, alg, kid}) of the JSON of {kA, kB}. Byte-for-byte the
// same as upstream (its test vectors pass in recovery-key.test.ts), so a key made here works
// against the real server and vice versa.
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-client/lib/recoveryKey.ts ·
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-client/lib/crypto.ts (jweEncrypt) ·
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-server/docs/recovery_keys.md

import {
  type Bytes,
  base64urlDecode,
  base64urlEncode,
  bytesToHex,
  hexToBytes,
  randomBytes,
  utf8,
  utf8Decode,
} from './bytes.ts';
import { hkdf } from './hkdf.ts';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_BYTES = 20;
export const RECOVERY_KEY_CHARS = 32;

export function randomRecoveryKey(): Bytes {
  const key = randomBytes(RECOVERY_KEY_BYTES);
  key[0] = 0x50 | (0x07 & (key[0] as number));
  return key;
}

export function crockfordEncode(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += CROCKFORD[(value << (5 - bits)) & 31];
  return out;
}

/**
 * Crockford decoding as base32-decode's `Crockford` mode: case-insensitive, O→0, I/L→1; spaces
 * and hyphens (how people copy the grouped form) are ignored. Null for any other character.
 */
export function crockfordDecode(text: string): Bytes | null {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    const index = CROCKFORD.indexOf(ch);
    if (index < 0) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return new Uint8Array(out);
}

/** The 32 characters as 8 space-separated groups of 4, as settings shows it. */
export function formatRecoveryKey(key: Uint8Array): string {
  return (crockfordEncode(key).match(/.{1,4}/g) ?? []).join(' ');
}

/** The raw key from what a person typed, or null when it is not a 32-character key. */
export function parseRecoveryKey(text: string): Bytes | null {
  const compact = text.replace(/[\s-]/g, '');
  if (compact.length !== RECOVERY_KEY_CHARS) return null;
  const bytes = crockfordDecode(compact);
  return bytes && bytes.length === RECOVERY_KEY_BYTES ? bytes : null;
}

export async function recoveryKeyId(key: Uint8Array, uid: string): Promise<string> {
  return bytesToHex(await hkdf(key, 'fxa recovery fingerprint', hexToBytes(uid), 16));
}

function encryptionKey(key: Uint8Array, uid: string): Promise<Bytes> {
  return hkdf(key, 'fxa recovery encrypt key', hexToBytes(uid), 32);
}

async function aesKey(raw: Uint8Array, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', new Uint8Array(raw), 'AES-GCM', false, [usage]);
}

export interface RecoveryKeyBundle {
  recoveryKeyId: string;
  recoveryData: string;
}

/** Encrypts the account keys under the recovery key (upstream generateRecoveryKey). */
export async function encryptRecoveryData(
  key: Uint8Array,
  uid: string,
  keys: { kA?: string; kB: string },
  testIV?: Uint8Array,
): Promise<RecoveryKeyBundle> {
  const [kid, encKey] = await Promise.all([recoveryKeyId(key, uid), encryptionKey(key, uid)]);
  const header = base64urlEncode(utf8(JSON.stringify({ enc: 'A256GCM', alg: 'dir', kid })));
  const iv = testIV ? new Uint8Array(testIV) : randomBytes(12);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: utf8(header), tagLength: 128 },
      await aesKey(encKey, 'encrypt'),
      utf8(JSON.stringify(keys)),
    ),
  );
  const recoveryData = [
    header,
    '',
    base64urlEncode(iv),
    base64urlEncode(sealed.slice(0, -16)),
    base64urlEncode(sealed.slice(-16)),
  ].join('.');
  return { recoveryKeyId: kid, recoveryData };
}

/** Decrypts recoveryData → kB; throws when the key does not open it (wrong key, wrong account). */
export async function decryptRecoveryData(
  key: Uint8Array,
  uid: string,
  recoveryData: string,
): Promise<{ kA?: string; kB: string }> {
  const parts = recoveryData.split('.');
  if (parts.length !== 5) throw new Error('recoveryData is not a compact JWE');
  const [header = '', , iv = '', ciphertext = '', tag = ''] = parts;
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: base64urlDecode(iv), additionalData: utf8(header), tagLength: 128 },
    await aesKey(await encryptionKey(key, uid), 'decrypt'),
    new Uint8Array([...base64urlDecode(ciphertext), ...base64urlDecode(tag)]),
  );
  const parsed: unknown = JSON.parse(utf8Decode(new Uint8Array(plain)));
  const kB = (parsed as { kB?: unknown } | null)?.kB;
  if (typeof kB !== 'string' || !/^[0-9a-fA-F]{64}$/.test(kB)) {
    throw new Error('recoveryData holds no kB');
  }
  return parsed as { kA?: string; kB: string };
}
