// Client-side onepw key stretching, v1 (PBKDF2 1000 iterations, salted with the sign-up email) and
// v2 (650 000 iterations, salted with a random client salt), then HKDF to authPW and unwrapBKey,
// plus the XOR (un)wrapping of kB. Note the info string `unwrapBkey` has a lower-case k.
// https://github.com/mozilla/ecosystem-platform/blob/main/docs/explanation/onepw-protocol.md ·
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-client/lib/crypto.ts ·
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-client/lib/salt.ts

import { bytesToHex, hexToBytes, randomHex, utf8, xorBytes } from './bytes.ts';
import { hkdf, pbkdf2Sha256 } from './hkdf.ts';
import { NAMESPACE } from './namespace.ts';

export { NAMESPACE };
export const V1_ITERATIONS = 1000;
export const V2_ITERATIONS = 650_000;
const V1_SALT_PREFIX = `${NAMESPACE}quickStretch:`;
const V2_SALT_PREFIX = `${NAMESPACE}quickStretchV2:`;
const V2_SALT_RE = /^identity\.mozilla\.com\/picl\/v1\/quickStretchV2:[0-9a-f]{32}$/;

export interface Credentials {
  /** Sent to the server as `authPW` (64 lower-case hex). */
  authPW: string;
  /** Never leaves the client; unwraps wrapKB into kB. */
  unwrapBKey: string;
}

async function credentialsFromStretched(quickStretchedPW: Uint8Array): Promise<Credentials> {
  const empty = new Uint8Array(0);
  const [authPW, unwrapBKey] = await Promise.all([
    hkdf(quickStretchedPW, `${NAMESPACE}authPW`, empty, 32),
    hkdf(quickStretchedPW, `${NAMESPACE}unwrapBkey`, empty, 32),
  ]);
  return { authPW: bytesToHex(authPW), unwrapBKey: bytesToHex(unwrapBKey) };
}

/** v1 stretching. `email` must be the ORIGINAL sign-up email (errno 120 returns it). */
export async function deriveCredentialsV1(email: string, password: string): Promise<Credentials> {
  const stretched = await pbkdf2Sha256(
    utf8(password),
    utf8(V1_SALT_PREFIX + email),
    V1_ITERATIONS,
    32,
  );
  return credentialsFromStretched(stretched);
}

/** v2 stretching; `clientSalt` is the full `…quickStretchV2:<32 hex>` string. */
export async function deriveCredentialsV2(
  clientSalt: string,
  password: string,
): Promise<Credentials> {
  if (!isClientSaltV2(clientSalt)) throw new TypeError('deriveCredentialsV2: invalid client salt');
  const stretched = await pbkdf2Sha256(utf8(password), utf8(clientSalt), V2_ITERATIONS, 32);
  return credentialsFromStretched(stretched);
}

export function isClientSaltV2(value: unknown): value is string {
  return typeof value === 'string' && V2_SALT_RE.test(value);
}

/** A fresh v2 salt (16 random bytes), or one built from given hex as upstream's `createSaltV2`. */
export function createClientSaltV2(hex: string = randomHex(16)): string {
  const salt = V2_SALT_PREFIX + hex;
  if (!isClientSaltV2(salt)) throw new TypeError('createClientSaltV2: need 32 lower-case hex');
  return salt;
}

/** wrapKb = kB ⊕ unwrapBKey — what /account/create, /password/change/finish etc. receive. */
export function wrapKbFromKb(kB: string, unwrapBKey: string): string {
  return bytesToHex(xorBytes(hexToBytes(kB), hexToBytes(unwrapBKey)));
}

/** kB = wrapKB ⊕ unwrapBKey (wrapKB comes from GET /account/keys). XOR is its own inverse. */
export function kbFromWrapKb(wrapKB: string, unwrapBKey: string): string {
  return bytesToHex(xorBytes(hexToBytes(wrapKB), hexToBytes(unwrapBKey)));
}
