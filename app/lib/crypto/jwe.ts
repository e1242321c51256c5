// Compact JWE with ECDH-ES (direct key agreement) and A256GCM (RFC 7516, RFC 7518 §4.6, §5.3),
// on WebCrypto: how scoped keys reach an OAuth client, encrypted to the `keys_jwk` it sent (an
// ephemeral P-256 public key). Upstream builds the same token with jose
// (fxa-settings lib/crypto/scoped-keys.ts createEncryptedBundle).

import { type Bytes, base64urlEncode, concatBytes, utf8 } from './bytes.ts';
import { sha256 } from './hkdf.ts';

const ENC = 'A256GCM';

/** The recipient key as `keys_jwk` carries it: an EC P-256 public JWK. */
export type EcPublicJwk = {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  [extra: string]: unknown;
};

export function isEcPublicJwk(value: unknown): value is EcPublicJwk {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const b64url = (s: unknown) => typeof s === 'string' && /^[A-Za-z0-9_-]{43}$/.test(s);
  return v.kty === 'EC' && v.crv === 'P-256' && b64url(v.x) && b64url(v.y) && v.d === undefined;
}

const uint32 = (n: number) =>
  new Uint8Array([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
const lengthPrefixed = (b: Uint8Array) => concatBytes(uint32(b.length), b);

/**
 * Concat KDF (NIST SP 800-56A, RFC 7518 §4.6.2) for ECDH-ES direct agreement: one SHA-256 round
 * gives the 256-bit content key; AlgorithmID is the `enc` value, PartyU/VInfo are empty.
 */
async function concatKdf(sharedSecret: Uint8Array): Promise<Bytes> {
  const otherInfo = concatBytes(
    lengthPrefixed(utf8(ENC)),
    lengthPrefixed(new Uint8Array(0)),
    lengthPrefixed(new Uint8Array(0)),
    uint32(256),
  );
  return sha256(concatBytes(uint32(1), sharedSecret, otherInfo));
}

export async function encryptToJwk(recipient: EcPublicJwk, plaintext: string): Promise<string> {
  const ecdh = { name: 'ECDH', namedCurve: 'P-256' } as const;
  const publicKey = await crypto.subtle.importKey(
    'jwk',
    { kty: 'EC', crv: 'P-256', x: recipient.x, y: recipient.y },
    ecdh,
    false,
    [],
  );
  const ephemeral = await crypto.subtle.generateKey(ecdh, true, ['deriveBits']);
  const shared = new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, ephemeral.privateKey, 256),
  );
  const epk = await crypto.subtle.exportKey('jwk', ephemeral.publicKey);
  const header = base64urlEncode(
    utf8(
      JSON.stringify({
        alg: 'ECDH-ES',
        enc: ENC,
        epk: { kty: 'EC', crv: 'P-256', x: epk.x, y: epk.y },
      }),
    ),
  );
  const cek = await crypto.subtle.importKey('raw', await concatKdf(shared), 'AES-GCM', false, [
    'encrypt',
  ]);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: utf8(header), tagLength: 128 },
      cek,
      utf8(plaintext),
    ),
  );
  const ciphertext = sealed.slice(0, -16);
  const tag = sealed.slice(-16);
  // Direct agreement: the encrypted-key part is empty.
  return [header, '', base64urlEncode(iv), base64urlEncode(ciphertext), base64urlEncode(tag)].join(
    '.',
  );
}
