// Session-token endpoints: status (is the token alive / verified), destroy (sign out), and the
// sign-in confirmation code (verify_code / resend_code), plus the legacy recovery_email/status.
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-server/lib/routes/session.js ·
// /work/shared/reference/fxa-upstream.md §5

import { apiRequest, type CallOptions, unexpectedResponse } from './http.ts';

const session = (token: string) => ({ token, kind: 'sessionToken' as const });

export interface SessionStatus {
  state: 'verified' | 'unverified';
  uid: string;
  details?: {
    accountEmailVerified: boolean;
    sessionVerificationMethod?: string | null;
    sessionVerified: boolean;
    sessionVerificationMeetsMinimumAAL?: boolean;
    mustVerify?: boolean;
    verified?: boolean;
  };
}

/** GET /session/status. errno 110 means the token is gone; a NetworkError means nothing. */
export async function sessionStatus(
  sessionToken: string,
  call?: CallOptions,
): Promise<SessionStatus> {
  const res = await apiRequest(
    { method: 'GET', path: '/session/status', auth: session(sessionToken) },
    call,
  );
  if (res.state !== 'verified' && res.state !== 'unverified')
    throw unexpectedResponse('Missing state');
  return res as unknown as SessionStatus;
}

/** POST /session/destroy. `customSessionToken` destroys another of the account's sessions. */
export async function sessionDestroy(
  sessionToken: string,
  options: { customSessionToken?: string } = {},
  call?: CallOptions,
): Promise<void> {
  await apiRequest(
    { method: 'POST', path: '/session/destroy', body: options, auth: session(sessionToken) },
    call,
  );
}

/** POST /session/verify_code — confirms the session with the emailed OTP. */
export async function sessionVerifyCode(
  sessionToken: string,
  code: string,
  options: { service?: string; scopes?: string[] } = {},
  call?: CallOptions,
): Promise<void> {
  await apiRequest(
    {
      method: 'POST',
      path: '/session/verify_code',
      body: { code, ...options },
      auth: session(sessionToken),
    },
    call,
  );
}

/** POST /session/resend_code — sends the OTP again. */
export async function sessionResendCode(sessionToken: string, call?: CallOptions): Promise<void> {
  await apiRequest(
    { method: 'POST', path: '/session/resend_code', body: {}, auth: session(sessionToken) },
    call,
  );
}

export interface RecoveryEmailStatus {
  email: string;
  verified: boolean;
  sessionVerified?: boolean;
  emailVerified?: boolean;
}

/** GET /recovery_email/status (legacy/Backbone era). */
export async function recoveryEmailStatus(
  sessionToken: string,
  call?: CallOptions,
): Promise<RecoveryEmailStatus> {
  const res = await apiRequest(
    { method: 'GET', path: '/recovery_email/status', auth: session(sessionToken) },
    call,
  );
  if (typeof res.email !== 'string') throw unexpectedResponse('Missing email');
  return res as unknown as RecoveryEmailStatus;
}
