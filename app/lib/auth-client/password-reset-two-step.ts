// The second step of a password reset for an account with two-step authentication, with the
// passwordForgotToken (mozilla/fxa packages/fxa-auth-server/lib/routes/totp.js; client
// packages/fxa-auth-client/lib/client.ts checkTotpTokenCodeWithPasswordForgotToken,
// consumeRecoveryCodeWithPasswordForgotToken). Success marks the token, and the session the
// reset then makes is at AAL2.

import { apiRequest, type CallOptions, unexpectedResponse } from './http.ts';

const passwordForgot = (token: string) => ({ token, kind: 'passwordForgotToken' as const });

/** POST /totp/verify: false for a wrong code (upstream answers 200 {success: false}). */
export async function passwordForgotVerifyTotp(
  passwordForgotToken: string,
  code: string,
  call?: CallOptions,
): Promise<boolean> {
  const res = await apiRequest(
    {
      method: 'POST',
      path: '/totp/verify',
      body: { code },
      auth: passwordForgot(passwordForgotToken),
    },
    call,
  );
  if (typeof res.success !== 'boolean') throw unexpectedResponse('Missing success');
  return res.success;
}

/** POST /totp/verify/recoveryCode: uses up a backup code (errno 156 if it is not one). */
export async function passwordForgotVerifyRecoveryCode(
  passwordForgotToken: string,
  code: string,
  call?: CallOptions,
): Promise<{ remaining: number }> {
  const res = await apiRequest(
    {
      method: 'POST',
      path: '/totp/verify/recoveryCode',
      body: { code },
      auth: passwordForgot(passwordForgotToken),
    },
    call,
  );
  if (typeof res.remaining !== 'number') throw unexpectedResponse('Missing remaining');
  return { remaining: res.remaining };
}
