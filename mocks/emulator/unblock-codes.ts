// Sign-in unblock codes: what upstream's customs block, `db.createUnblockCode` and
// `db.consumeUnblockCode` do for the emulator. A blocked account's `POST /account/login` answers
// errno 125 with `verificationMethod: 'email-captcha'` until a login carries a valid code.
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-server/lib/routes/utils/signin.js
// (checkCustomsAndLoadAccount) · lib/routes/unblock-codes.js · config `signinUnblock`
// (codeLength 8, codeLifetime 1 hour; /work/shared/reference/recovery-2fa-mfa.md §0.2, §5).

import type { Deps } from './context.ts';
import { AuthErrors } from './errors.ts';
import { deliver } from './mailer.ts';
import { randomBytes } from './server-crypto.ts';

export const UNBLOCK_CODE_LENGTH = 8;
export const UNBLOCK_CODE_LIFETIME_MS = 60 * 60 * 1000;
/** Upstream validates BASE_36 (`/^[a-zA-Z0-9]*$/`) of the configured length, case-insensitively. */
export const UNBLOCK_CODE = /^[a-zA-Z0-9]{8}$/;

// Crockford's base32 (no I, L, O, U): a subset of base 36 that reads unambiguously in an email.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function newCode(): string {
  return [...randomBytes(UNBLOCK_CODE_LENGTH)].map((b) => ALPHABET[b % 32]).join('');
}

/** Creates a code for the account and "emails" it (kind `unblock-code`, in the outbox). */
export function sendUnblockCode(deps: Deps, uid: string, to: string): string {
  const code = newCode();
  let codes = deps.state.unblockCodes.get(uid);
  if (!codes) {
    codes = new Map();
    deps.state.unblockCodes.set(uid, codes);
  }
  codes.set(code, deps.state.now());
  deliver(deps, to, 'unblock-code', uid, { code, linkCode: code, expiresAt: 0 });
  return code;
}

/**
 * Consumes a code (single use, case-insensitive): true when it existed and was younger than
 * the lifetime. Upstream consumes it first, then checks its age, so an expired code is gone too.
 */
export function consumeUnblockCode(deps: Deps, uid: string, code: string): boolean {
  const codes = deps.state.unblockCodes.get(uid);
  const key = code.toUpperCase();
  const createdAt = codes?.get(key);
  if (createdAt === undefined) return false;
  codes?.delete(key);
  return deps.state.now() - createdAt <= UNBLOCK_CODE_LIFETIME_MS;
}

/**
 * The customs check of `/account/login` for an account the control API blocked: without a code,
 * errno 125 (unblockable); with one, it is consumed and must be valid (else errno 127). True when
 * the login goes ahead thanks to a code (upstream `didSigninUnblock`). A code sent to an account
 * that is not blocked is ignored, as customs lets the request through before it is looked at.
 */
export function checkSigninBlock(
  deps: Deps,
  uid: string,
  unblockCode: string | undefined,
): boolean {
  if (!deps.state.signinBlocked.has(uid)) return false;
  if (!unblockCode) throw AuthErrors.requestBlocked(true);
  if (!consumeUnblockCode(deps, uid, unblockCode)) throw AuthErrors.invalidUnblockCode();
  return true;
}
