// Two-step authentication endpoints a session token may call: is it on, how many backup codes are
// left, and the second step of a sign-in (a TOTP code or a backup code).
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-server/lib/routes/totp.js ·
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-server/lib/routes/recovery-codes.js ·
// AC/client.ts checkTotpTokenExists, verifyTotpCode, consumeRecoveryCode, getRecoveryCodesExist

import { apiRequest, type CallOptions, unexpectedResponse } from './http.ts';

const session = (token: string) => ({ token, kind: 'sessionToken' as const });

/** The errnos of these flows (libs/accounts/errors/src/constants.ts). */
export const TWO_STEP_ERRNO = {
  RECOVERY_CODE_NOT_FOUND: 156,
  /** A relier's acr_values=AAL2 and a session that has not passed the second step. */
  INSUFFICIENT_ACR_VALUES: 170,
  /** A session below the account's assurance level (two-step authentication on, one step done). */
  INSUFFICIENT_AAL: 222,
} as const;

/** GET /totp/exists: two-step authentication is on (a confirmed TOTP token). */
export async function totpExists(sessionToken: string, call?: CallOptions): Promise<boolean> {
  const res = await apiRequest(
    { method: 'GET', path: '/totp/exists', auth: session(sessionToken) },
    call,
  );
  if (typeof res.exists !== 'boolean') throw unexpectedResponse('Missing exists');
  return res.exists && res.verified !== false;
}

/** GET /recoveryCodes/exists: how many backup codes are left. */
export async function recoveryCodesCount(
  sessionToken: string,
  call?: CallOptions,
): Promise<number> {
  const res = await apiRequest(
    { method: 'GET', path: '/recoveryCodes/exists', auth: session(sessionToken) },
    call,
  );
  return typeof res.count === 'number' ? res.count : 0;
}

/**
 * POST /session/verify/totp. A wrong code is not an error upstream (200 `{success: false}`): this
 * returns false for it, true once the session has passed the second step.
 */
export async function sessionVerifyTotp(
  sessionToken: string,
  code: string,
  options: { service?: string } = {},
  call?: CallOptions,
): Promise<boolean> {
  const res = await apiRequest(
    {
      method: 'POST',
      path: '/session/verify/totp',
      body: { code, ...options },
      auth: session(sessionToken),
    },
    call,
  );
  if (typeof res.success !== 'boolean') throw unexpectedResponse('Missing success');
  return res.success;
}

/** POST /session/verify/recoveryCode: uses up a backup code (errno 156 if it is not one). */
export async function sessionVerifyRecoveryCode(
  sessionToken: string,
  code: string,
  call?: CallOptions,
): Promise<{ remaining: number }> {
  const res = await apiRequest(
    {
      method: 'POST',
      path: '/session/verify/recoveryCode',
      body: { code },
      auth: session(sessionToken),
    },
    call,
  );
  if (typeof res.remaining !== 'number') throw unexpectedResponse('Missing remaining');
  return { remaining: res.remaining };
}
