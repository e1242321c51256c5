// Assurance levels as upstream derives them (mozilla/fxa `packages/fxa-auth-server/lib/authMethods.js`:
// AAL = the number of distinct factor kinds; password and email are "know", TOTP and backup codes
// "have"). The account's level is what its sessions must reach on verified-session routes
// (`lib/routes/auth-schemes/verified-session-token.js`: errno 222 below it, higher is fine).

import type { Account, SessionRecord } from './state.ts';

/** Two-step authentication is on: a confirmed and enabled TOTP token. */
export function hasTotp(account: Account): boolean {
  return Boolean(account.totp?.verified && account.totp.enabled);
}

/** The account's assurance level: 2 once two-step authentication is on. */
export function accountAal(account: Account): 1 | 2 {
  return hasTotp(account) ? 2 : 1;
}

/** A session verified with a second factor (TOTP or a backup code: AMR `otp`) is AAL2. */
export function sessionAal(session: SessionRecord): 1 | 2 {
  const otp =
    session.verificationMethod === 'totp-2fa' || session.verificationMethod === 'recovery-code';
  return session.verified && otp ? 2 : 1;
}
