// PKCE S256 (RFC 7636 §4.2): code_challenge = base64url(SHA-256(ASCII(code_verifier))), no padding.
// FxA supports only S256 and requires it for public clients.
// https://www.rfc-editor.org/rfc/rfc7636#section-4.2 ·
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-server/lib/routes/oauth/token.js

import { base64urlEncode, randomBytes } from './bytes.ts';
import { sha256 } from './hkdf.ts';

/** RFC 7636 §4.1: 43–128 characters of [A-Za-z0-9-._~]. */
export const PKCE_VERIFIER_RE = /^[A-Za-z0-9\-._~]{43,128}$/;

export async function pkceChallengeS256(verifier: string): Promise<string> {
  return base64urlEncode(await sha256(verifier));
}

/** A random 43-character verifier (32 bytes of entropy). */
export function createPkceVerifier(): string {
  return base64urlEncode(randomBytes(32));
}
