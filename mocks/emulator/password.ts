// Server side of onepw: the auth server never sees the password, only authPW. It stretches authPW
// with a per-account random authSalt, stores verifyHash (to check logins) and wrapwrapKb = wrapKb ⊕
// wrapwrapKey (so the stored key is useless without the password). Upstream stretches with scrypt
// (N=65536, r=8, p=1; protocol.md §1 "Server side"); WebCrypto has no scrypt and the browser worker
// must run this too, so the emulator stretches with HKDF under its own info string. Only the wire
// format matters to clients: a wrong authPW gives errno 103 and the unwrapped wrapKb is exact.

import {
  bytesToHex,
  constantTimeEqual,
  hexToBytes,
  hkdf,
  NAMESPACE,
  randomHex,
  xorBytes,
} from './server-crypto.ts';
import type { PasswordVerifier } from './state.ts';

const EMPTY = new Uint8Array(0);

async function stretch(authPW: string, authSalt: string) {
  const bigStretchedPW = await hkdf(
    hexToBytes(authPW),
    `${NAMESPACE}emulator/bigStretch`,
    hexToBytes(authSalt),
    32,
  );
  const [verifyHash, wrapwrapKey] = await Promise.all([
    hkdf(bigStretchedPW, `${NAMESPACE}verifyHash`, EMPTY, 32),
    hkdf(bigStretchedPW, `${NAMESPACE}wrapwrapKey`, EMPTY, 32),
  ]);
  return { verifyHash: bytesToHex(verifyHash), wrapwrapKey };
}

export async function makeVerifier(
  authPW: string,
  wrapKb: string,
  clientSalt?: string,
): Promise<PasswordVerifier> {
  const authSalt = randomHex(32);
  const { verifyHash, wrapwrapKey } = await stretch(authPW, authSalt);
  const wrapwrapKb = bytesToHex(xorBytes(hexToBytes(wrapKb), wrapwrapKey));
  return { authSalt, verifyHash, wrapwrapKb, ...(clientSalt ? { clientSalt } : {}) };
}

/** The account's wrapKb when `authPW` is right, else null. */
export async function checkPassword(
  verifier: PasswordVerifier,
  authPW: string,
): Promise<string | null> {
  const { verifyHash, wrapwrapKey } = await stretch(authPW, verifier.authSalt);
  if (!constantTimeEqual(verifyHash, verifier.verifyHash)) return null;
  return bytesToHex(xorBytes(hexToBytes(verifier.wrapwrapKb), wrapwrapKey));
}
