// Two-step authentication in the emulator: RFC 6238 TOTP with otplib (SHA-1, 6 digits, 30 s step,
// one step of tolerance either side, as upstream's `config.totp` {step: 30, window: 1} with
// otplib's authenticator), the `otpauth://` URI and its QR code as a PNG data: URL (qrcode,
// error correction H, as mozilla/fxa `packages/fxa-auth-server/lib/routes/totp.js` draws it),
// and backup codes (single use). Assurance levels are in aal.ts.

import { generate, generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { Account } from './state.ts';

/** `config.totp.step` upstream. */
export const TOTP_STEP_SEC = 30;
/** `config.totp.window` = 1: one step either side, otplib 13's `epochTolerance` in seconds. */
const TOTP_TOLERANCE_SEC = TOTP_STEP_SEC;
/** `config.totp.serviceName`: the issuer shown in authenticator apps. */
export const TOTP_ISSUER = 'Mozilla';
/** `config.totp.recoveryCodes.count` / `.notifyLowCount`. */
export const RECOVERY_CODE_COUNT = 8;
export const RECOVERY_CODE_NOTIFY_LOW = 2;

const OTP = { algorithm: 'sha1', digits: 6, period: TOTP_STEP_SEC } as const;

/** A new base32 shared secret (otplib's default 20 random bytes). */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The code an authenticator app shows at `nowSec` (the control API hands it to tests). */
export function totpCode(secret: string, nowSec: number): Promise<string> {
  return generate({ secret, epoch: nowSec, ...OTP });
}

/** Whether `code` is the secret's code for now or the step before or after. */
export async function totpCodeValid(
  secret: string,
  code: string,
  nowSec: number,
): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  try {
    const result = await verify({
      secret,
      token: code,
      epoch: nowSec,
      epochTolerance: TOTP_TOLERANCE_SEC,
      ...OTP,
    });
    return result.valid;
  } catch {
    return false;
  }
}

/** `authenticator.keyuri(email, serviceName, secret)` drawn by `qrcode.toDataURL(…, {H})`. */
export function totpQrCodeUrl(email: string, secret: string): Promise<string> {
  const uri = generateURI({ issuer: TOTP_ISSUER, label: email, secret, ...OTP });
  return QRCode.toDataURL(uri, { errorCorrectionLevel: 'H' });
}

/**
 * Uses up one backup code: true when it was one of the account's, which it no longer is
 * (upstream `db.consumeRecoveryCode`). Codes compare case-insensitively.
 */
export function consumeRecoveryCode(account: Account, code: string): boolean {
  const index = account.recoveryCodes.indexOf(code.toLowerCase());
  if (index < 0) return false;
  account.recoveryCodes.splice(index, 1);
  return true;
}
