// Two-step authentication endpoints a session token may call: is it on, how many backup codes are
// left, and the second step of a sign-in (a TOTP code or a backup code).
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-server/lib/routes/totp.js ·
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-server/lib/routes/recovery-codes.js ·
// AC/client.ts checkTotpTokenExists, verifyTotpCode, consumeRecoveryCode, getRecoveryCodesExist

import { ERRNO } from './errors.ts';
import { apiRequest, type CallOptions, unexpectedResponse } from './http.ts';

const session = (token: string) => ({ token, kind: 'sessionToken' as const });

/** The errnos of these flows (libs/accounts/errors/src/constants.ts). */
export const TWO_STEP_ERRNO = {
  RECOVERY_CODE_NOT_FOUND: ERRNO.RECOVERY_CODE_NOT_FOUND,
  /** A relier's acr_values=AAL2 and a session that has not passed the second step. */
  INSUFFICIENT_ACR_VALUES: ERRNO.INSUFFICIENT_ACR_VALUES,
  /** A session below the account's assurance level (two-step authentication on, one step done). */
  INSUFFICIENT_AAL: ERRNO.INSUFFICIENT_AAL,
} as const;

/** GET /totp/exists: two-step authentication is on (a confirmed TOTP token). */
export async function totpExists(
  token: string,
  kind: 'sessionToken' | 'passwordForgotToken' = 'sessionToken',
  call?: CallOptions,
): Promise<boolean> {
  const res = await apiRequest(
    { method: 'GET', path: '/totp/exists', auth: { token, kind } },
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

// ---- settings: the step-up (`mfa:2fa`) routes ---------------------------------------------------
// AC/client.ts mfaTotpCreate… (the session-token twins are kept upstream for inline setup only).

const jwtAuth = (mfaJwt: string) => ({ mfaJwt });

async function mfaPost(jwt: string, path: string, body: object = {}, call?: CallOptions) {
  return apiRequest({ method: 'POST', path, body, auth: jwtAuth(jwt) }, call);
}

/** POST /mfa/totp/create: the secret and its QR code (a PNG `data:` URL drawn by the server). */
export async function mfaTotpCreate(
  jwt: string,
  call?: CallOptions,
): Promise<{ qrCodeUrl: string; secret: string }> {
  const res = await mfaPost(jwt, '/mfa/totp/create', {}, call);
  const { qrCodeUrl, secret } = res;
  if (typeof qrCodeUrl !== 'string' || !qrCodeUrl.startsWith('data:image/png;base64,')) {
    throw unexpectedResponse('Missing qrCodeUrl');
  }
  if (typeof secret !== 'string' || !/^[A-Z2-7]+=*$/.test(secret)) {
    throw unexpectedResponse('Missing secret');
  }
  return { qrCodeUrl, secret };
}

/** POST /mfa/totp/setup/verify: the app shows the right code (errno 152 if not). */
export async function mfaTotpSetupVerify(jwt: string, code: string, call?: CallOptions) {
  await mfaPost(jwt, '/mfa/totp/setup/verify', { code }, call);
}

/** POST /mfa/totp/setup/complete: two-step authentication is on; this session is AAL2. */
export async function mfaTotpSetupComplete(jwt: string, call?: CallOptions) {
  await mfaPost(jwt, '/mfa/totp/setup/complete', {}, call);
}

/** POST /mfa/totp/destroy: two-step authentication off, backup codes gone. */
export async function mfaTotpDestroy(jwt: string, call?: CallOptions) {
  await mfaPost(jwt, '/mfa/totp/destroy', {}, call);
}

/** The backup codes: POST the first set (during setup), PUT a new set (replace). */
export async function mfaSaveRecoveryCodes(
  jwt: string,
  recoveryCodes: string[],
  mode: 'set' | 'replace',
  call?: CallOptions,
) {
  await apiRequest(
    {
      method: mode === 'set' ? 'POST' : 'PUT',
      path: '/mfa/recoveryCodes',
      body: { recoveryCodes },
      auth: jwtAuth(jwt),
    },
    call,
  );
}
