// Byte helpers shared by the onepw/Hawk code: hex (the auth server's wire format for every binary
// value), UTF-8, base64/base64url (Hawk MACs and PKCE), XOR (onepw key wrapping) and randomness
// from WebCrypto's getRandomValues. Browser, service worker and Node 20 alike; no Buffer.
// Formats: https://github.com/mozilla/ecosystem-platform/blob/main/docs/explanation/onepw-protocol.md
// (hex on the wire) and RFC 4648 §5 (base64url, no padding).

/** Bytes backed by a plain ArrayBuffer, which is what `crypto.subtle` accepts (TS 5.9 BufferSource). */
export type Bytes = Uint8Array<ArrayBuffer>;

const HEX_RE = /^(?:[0-9a-fA-F]{2})*$/;

/** Copies any Uint8Array (even one over a SharedArrayBuffer or from another realm) into `Bytes`. */
export function toBytes(b: Uint8Array): Bytes {
  return new Uint8Array(b);
}

export function hexToBytes(hex: string): Bytes {
  if (!HEX_RE.test(hex)) throw new TypeError('hexToBytes: not an even-length hex string');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function bytesToHex(b: Uint8Array): string {
  let s = '';
  for (const byte of b) s += byte.toString(16).padStart(2, '0');
  return s;
}

/** True for a lower-case hex string of exactly `byteLength` bytes (the auth server's HEX_STRING). */
export function isHex(value: unknown, byteLength: number): value is string {
  return typeof value === 'string' && value.length === byteLength * 2 && /^[0-9a-f]*$/.test(value);
}

export function utf8(s: string): Bytes {
  return new TextEncoder().encode(s);
}

export function utf8Decode(b: Uint8Array): string {
  return new TextDecoder().decode(b);
}

export function concatBytes(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export function xorBytes(a: Uint8Array, b: Uint8Array): Bytes {
  if (a.length !== b.length) throw new RangeError('xorBytes: length mismatch');
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = (a[i] as number) ^ (b[i] as number);
  return out;
}

export function randomBytes(byteLength: number): Bytes {
  return crypto.getRandomValues(new Uint8Array(byteLength));
}

export function randomHex(byteLength: number): string {
  return bytesToHex(randomBytes(byteLength));
}

/** Compares without an early exit so a MAC check does not leak how many leading bytes matched. */
export function constantTimeEqual(a: string | Uint8Array, b: string | Uint8Array): boolean {
  const x = typeof a === 'string' ? utf8(a) : a;
  const y = typeof b === 'string' ? utf8(b) : b;
  let diff = x.length ^ y.length;
  for (let i = 0; i < x.length; i++) diff |= (x[i] as number) ^ (y[i % (y.length || 1)] ?? 0);
  return diff === 0;
}

export function base64Encode(b: Uint8Array): string {
  let bin = '';
  for (const byte of b) bin += String.fromCharCode(byte);
  return btoa(bin);
}

export function base64Decode(s: string): Bytes {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function base64urlEncode(b: Uint8Array): string {
  return base64Encode(b).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function base64urlDecode(s: string): Bytes {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new TypeError('base64urlDecode: invalid character');
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
  return base64Decode(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
}
