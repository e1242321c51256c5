// Password reset, as fxa-auth-client calls it: the emailed 8-digit code (send_otp / verify_otp),
// the passCode exchange for the single-use accountResetToken (verify_code), whether two-step
// authentication guards the account, and
// POST /account/reset with new credentials: kB kept when the recovery key gave it back, new
// otherwise. Nothing here stores a token; callers keep them in memory.
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-client/lib/client.ts
// (passwordForgotSendOtp, passwordForgotVerifyOtp, passwordForgotVerifyCode, recoveryKeyExists,
// getRecoveryKey, resetPasswordWithRecoveryKey, accountReset) ·
// /work/shared/reference/recovery-2fa-mfa.md §1.2–1.3, §2.2

import { getConfig } from '../../config.ts';
import { randomHex } from '../crypto/bytes.ts';
import {
  createClientSaltV2,
  deriveCredentialsV1,
  deriveCredentialsV2,
  wrapKbFromKb,
} from '../crypto/onepw.ts';
import { apiRequest, type CallOptions, requireHex, unexpectedResponse, withKeys } from './http.ts';

/** POST /password/forgot/send_otp: mails the 8-digit code. */
export async function sendPasswordResetCode(
  email: string,
  service: string | undefined,
  call?: CallOptions,
): Promise<void> {
  await apiRequest(
    { method: 'POST', path: '/password/forgot/send_otp', body: { email, service } },
    call,
  );
}

export interface PasswordForgotGrant {
  /** The passwordForgotToken. */
  token: string;
  /** The 32-hex passCode verify_code wants (not the user's 8 digits). */
  passCode: string;
  uid: string;
  /** The sign-up email: the v1 salt of the new password, whatever the primary is now. */
  emailToHashWith: string;
}

/** POST /password/forgot/verify_otp: the emailed code → a passwordForgotToken. */
export async function verifyPasswordResetCode(
  email: string,
  code: string,
  call?: CallOptions,
): Promise<PasswordForgotGrant> {
  const res = await apiRequest(
    { method: 'POST', path: '/password/forgot/verify_otp', body: { email, code } },
    call,
  );
  if (typeof res.emailToHashWith !== 'string') throw unexpectedResponse('Missing emailToHashWith');
  return {
    token: requireHex(res, 'token', 32),
    passCode: requireHex(res, 'code', 16),
    uid: requireHex(res, 'uid', 16),
    emailToHashWith: res.emailToHashWith,
  };
}

/** POST /password/forgot/verify_code → the accountResetToken (the passCode works once). */
export async function passwordForgotVerifyCode(
  grant: PasswordForgotGrant,
  options: { accountResetWithRecoveryKey?: boolean; includeRecoveryKeyPrompt?: boolean },
  call?: CallOptions,
): Promise<string> {
  const res = await apiRequest(
    {
      method: 'POST',
      path: '/password/forgot/verify_code',
      body: { code: grant.passCode, ...options },
      auth: { token: grant.token, kind: 'passwordForgotToken' },
    },
    call,
  );
  return requireHex(res, 'accountResetToken', 32);
}
export interface AccountResetArgs {
  accountResetToken: string;
  /** `emailToHashWith` from verify_otp. */
  email: string;
  password: string;
  /** From the recovery key: kB survives the reset and the key is used up. */
  recovered?: { kB: string; recoveryKeyId: string };
}

export interface AccountResetResult {
  uid: string;
  sessionToken: string;
  verified: boolean;
  authAt: number;
  /** A keyFetchToken and the unwrapBKey that pairs with it (Firefox takes both). */
  keyFetchToken?: string;
  unwrapBKey?: string;
}

/**
 * POST /account/reset?keys=true with `sessionToken: true`, so the user ends signed in. v1
 * credentials always; v2 as well when configured, with the client drawing kB (server and client
 * must wrap the same key); v1 alone without a recovery key lets the server draw the new kB.
 */
export async function resetPassword(
  args: AccountResetArgs,
  call?: CallOptions,
): Promise<AccountResetResult> {
  const v1 = await deriveCredentialsV1(args.email, args.password);
  const body: Record<string, unknown> = { authPW: v1.authPW, sessionToken: true };
  const useV2 = (call?.keyStretchVersion ?? getConfig().keyStretchVersion) === 2;
  const kB = args.recovered?.kB ?? (useV2 ? randomHex(32) : undefined);
  if (kB) body.wrapKb = wrapKbFromKb(kB, v1.unwrapBKey);
  if (args.recovered) body.recoveryKeyId = args.recovered.recoveryKeyId;
  if (useV2 && kB) {
    const clientSalt = createClientSaltV2();
    const v2 = await deriveCredentialsV2(clientSalt, args.password);
    body.authPWVersion2 = v2.authPW;
    body.wrapKbVersion2 = wrapKbFromKb(kB, v2.unwrapBKey);
    body.clientSalt = clientSalt;
  }
  const res = await apiRequest(
    {
      method: 'POST',
      path: withKeys('/account/reset', true),
      body,
      auth: { token: args.accountResetToken, kind: 'accountResetToken' },
    },
    call,
  );
  const result: AccountResetResult = {
    uid: requireHex(res, 'uid', 16),
    sessionToken: requireHex(res, 'sessionToken', 32),
    verified: res.verified === true,
    authAt: typeof res.authAt === 'number' ? res.authAt : 0,
  };
  if (typeof res.keyFetchToken === 'string') {
    result.keyFetchToken = requireHex(res, 'keyFetchToken', 32);
    result.unwrapBKey = v1.unwrapBKey;
  }
  return result;
}
