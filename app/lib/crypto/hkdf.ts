// HKDF-SHA256 (RFC 5869), SHA-256 and HMAC-SHA256 over WebCrypto, as fxa-auth-client's
// `lib/crypto.ts` does. onepw uses an empty HKDF salt everywhere except scoped keys.
// https://www.rfc-editor.org/rfc/rfc5869 ·
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-client/lib/crypto.ts

import { type Bytes, toBytes, utf8 } from './bytes.ts';

/** HKDF-SHA256. An empty salt means HashLen zero bytes (RFC 5869 §2.2), which WebCrypto applies. */
export async function hkdf(
  ikm: Uint8Array,
  info: string | Uint8Array,
  salt: Uint8Array,
  length: number,
): Promise<Bytes> {
  const key = await crypto.subtle.importKey('raw', toBytes(ikm), 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: toBytes(salt),
      info: typeof info === 'string' ? utf8(info) : toBytes(info),
    },
    key,
    length * 8,
  );
  return new Uint8Array(bits);
}

export async function sha256(data: string | Uint8Array): Promise<Bytes> {
  const input = typeof data === 'string' ? utf8(data) : toBytes(data);
  return new Uint8Array(await crypto.subtle.digest('SHA-256', input));
}

function importHmacKey(key: Uint8Array, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', toBytes(key), { name: 'HMAC', hash: 'SHA-256' }, false, [
    usage,
  ]);
}

export async function hmacSha256(key: Uint8Array, data: string | Uint8Array): Promise<Bytes> {
  const k = await importHmacKey(key, 'sign');
  const input = typeof data === 'string' ? utf8(data) : toBytes(data);
  return new Uint8Array(await crypto.subtle.sign('HMAC', k, input));
}

/** Constant-time HMAC check: WebCrypto's verify does the comparison. */
export async function hmacSha256Verify(
  key: Uint8Array,
  data: Uint8Array,
  mac: Uint8Array,
): Promise<boolean> {
  const k = await importHmacKey(key, 'verify');
  return crypto.subtle.verify('HMAC', k, toBytes(mac), toBytes(data));
}

export async function pbkdf2Sha256(
  password: Uint8Array,
  salt: Uint8Array,
  iterations: number,
  length: number,
): Promise<Bytes> {
  const key = await crypto.subtle.importKey('raw', toBytes(password), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: toBytes(salt), iterations },
    key,
    length * 8,
  );
  return new Uint8Array(bits);
}
