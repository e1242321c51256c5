// Test-only, independent of app/lib/crypto: onepw stretching, token derivation, the /account/keys
// bundle and PKCE with node:crypto, so the contract tests check the emulator against a second
// implementation rather than against the code it is built from (protocol.md §1, §2, §6).

import { createHash, createHmac, hkdfSync, pbkdf2Sync, timingSafeEqual } from 'node:crypto';

const NS = 'identity.mozilla.com/picl/v1/';

function hkdf(ikm: Buffer, info: string, length: number): Buffer {
  return Buffer.from(hkdfSync('sha256', ikm, Buffer.alloc(0), info, length));
}

export function onepwV1(email: string, password: string): { authPW: string; unwrapBKey: string } {
  const stretched = pbkdf2Sync(password, `${NS}quickStretch:${email}`, 1000, 32, 'sha256');
  return {
    authPW: hkdf(stretched, `${NS}authPW`, 32).toString('hex'),
    unwrapBKey: hkdf(stretched, `${NS}unwrapBkey`, 32).toString('hex'),
  };
}

export type Kind =
  | 'sessionToken'
  | 'keyFetchToken'
  | 'passwordChangeToken'
  | 'passwordForgotToken'
  | 'accountResetToken';

export function tokenCreds(
  tokenHex: string,
  kind: Kind,
): { id: string; key: Buffer; extra: Buffer } {
  const km = hkdf(Buffer.from(tokenHex, 'hex'), NS + kind, 96);
  return {
    id: km.subarray(0, 32).toString('hex'),
    key: km.subarray(32, 64),
    extra: km.subarray(64, 96),
  };
}

/** GET /account/keys bundle → {kA, wrapKB}; throws on a bad HMAC. */
export function unbundle(bundleHex: string, keyFetchToken: string): { kA: string; wrapKB: string } {
  const { extra } = tokenCreds(keyFetchToken, 'keyFetchToken');
  const keys = hkdf(extra, `${NS}account/keys`, 96);
  const bundle = Buffer.from(bundleHex, 'hex');
  const ciphertext = bundle.subarray(0, 64);
  const mac = createHmac('sha256', keys.subarray(0, 32)).update(ciphertext).digest();
  if (!timingSafeEqual(mac, bundle.subarray(64, 96))) throw new Error('Bad HMac');
  const plain = Buffer.from(ciphertext.map((b, i) => b ^ (keys[32 + i] as number)));
  return { kA: plain.subarray(0, 32).toString('hex'), wrapKB: plain.subarray(32).toString('hex') };
}

export function xorHex(a: string, b: string): string {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return Buffer.from(x.map((v, i) => v ^ (y[i] as number))).toString('hex');
}

export function pkceS256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}
