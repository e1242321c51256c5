// The emulator's "mail server": verification codes are recorded in an outbox instead of being
// sent, so tests (and the control API, `GET /__emulator/emails/:address/last`) can read the last
// code an address received. Codes are 6-digit OTPs as upstream's email-otp flows use, plus the
// 32-hex link code of `/recovery_email/verify_code` (docs/api.md).

import type { Deps } from './context.ts';
import { randomBytes, randomHex } from './server-crypto.ts';
import type { EmailKind, PendingCode } from './state.ts';

export function sixDigitCode(): string {
  const [a = 0, b = 0, c = 0, d = 0] = randomBytes(4);
  const n = ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
  return String(n % 1_000_000).padStart(6, '0');
}

export function newPendingCode(deps: Deps): PendingCode {
  return {
    code: sixDigitCode(),
    linkCode: randomHex(16),
    expiresAt: deps.state.now() + deps.options.emailCodeTtlMs,
  };
}

/** Records that `pending` was mailed to `to`. */
export function deliver(
  deps: Deps,
  to: string,
  kind: EmailKind,
  uid: string,
  pending: PendingCode,
) {
  deps.state.outbox.push({
    to,
    kind,
    code: pending.code,
    linkCode: pending.linkCode,
    uid,
    sentAt: deps.state.now(),
  });
}

/** The pending code if it has not expired and `code` matches (6 digits or the link code). */
export function codeMatches(deps: Deps, pending: PendingCode | null, code: string): boolean {
  if (!pending || pending.expiresAt < deps.state.now()) return false;
  return code === pending.code || code === pending.linkCode;
}
