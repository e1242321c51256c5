// Step-up verification for sensitive account edits: a 6-digit code emailed to the primary address
// (`/mfa/otp/request`) is exchanged for a short-lived JWT (`/mfa/otp/verify`) scoped to one action,
// which the `/mfa/*` routes take as `Authorization: Bearer <jwt>`. The JWT lives in memory only.
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-server/lib/routes/mfa.ts ·
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-client/lib/client.ts

import { apiRequest, type CallOptions, unexpectedResponse } from './http.ts';

/** upstream config `mfa.actions` (passkey aside): each is a JWT scope `mfa:<action>`. */
export type MfaAction = 'email' | 'password' | '2fa' | 'recovery_key';

const session = (token: string) => ({ token, kind: 'sessionToken' as const });

/** POST /mfa/otp/request — emails a code for `action` (verified session). */
export async function mfaOtpRequest(
  sessionToken: string,
  action: MfaAction,
  call?: CallOptions,
): Promise<void> {
  await apiRequest(
    { method: 'POST', path: '/mfa/otp/request', body: { action }, auth: session(sessionToken) },
    call,
  );
}

/** POST /mfa/otp/verify — the emailed code for the JWT (`accessToken`), valid 10 minutes. */
export async function mfaOtpVerify(
  sessionToken: string,
  action: MfaAction,
  code: string,
  call?: CallOptions,
): Promise<string> {
  const res = await apiRequest(
    {
      method: 'POST',
      path: '/mfa/otp/verify',
      body: { code, action },
      auth: session(sessionToken),
    },
    call,
  );
  const jwt = res.accessToken;
  if (typeof jwt !== 'string' || jwt === '') throw unexpectedResponse('Missing accessToken');
  return jwt;
}
