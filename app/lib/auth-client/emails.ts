// Email addresses of an account (settings): list, add a secondary, remove, make primary, and the
// codes that verify them — the primary by uid+code (link/OTP, unauthenticated) and a secondary by
// session + email + code.
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-server/lib/routes/emails.js ·
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-client/lib/client.ts

import type { AccountEmail } from './account.ts';
import { apiRequest, type CallOptions } from './http.ts';

const session = (token: string) => ({ token, kind: 'sessionToken' as const });

/** GET /recovery_emails — every address with isPrimary/verified. */
export function recoveryEmails(sessionToken: string, call?: CallOptions): Promise<AccountEmail[]> {
  return apiRequest<AccountEmail[]>(
    { method: 'GET', path: '/recovery_emails', auth: session(sessionToken) },
    call,
  );
}

/** POST /recovery_email — adds a secondary address (a code is emailed to it). */
export async function recoveryEmailCreate(
  sessionToken: string,
  email: string,
  options: { verificationMethod?: 'email-otp' } = {},
  call?: CallOptions,
): Promise<void> {
  await apiRequest(
    {
      method: 'POST',
      path: '/recovery_email',
      body: { email, ...options },
      auth: session(sessionToken),
    },
    call,
  );
}

/** POST /recovery_email/destroy */
export async function recoveryEmailDestroy(
  sessionToken: string,
  email: string,
  call?: CallOptions,
): Promise<void> {
  await apiRequest(
    {
      method: 'POST',
      path: '/recovery_email/destroy',
      body: { email },
      auth: session(sessionToken),
    },
    call,
  );
}

/** POST /recovery_email/set_primary */
export async function recoveryEmailSetPrimary(
  sessionToken: string,
  email: string,
  call?: CallOptions,
): Promise<void> {
  await apiRequest(
    {
      method: 'POST',
      path: '/recovery_email/set_primary',
      body: { email },
      auth: session(sessionToken),
    },
    call,
  );
}

/** POST /recovery_email/verify_code — verifies the PRIMARY email (no session needed). */
export async function recoveryEmailVerifyCode(
  uid: string,
  code: string,
  options: { service?: string; reminder?: string; type?: string; marketingOptIn?: boolean } = {},
  call?: CallOptions,
): Promise<void> {
  await apiRequest(
    { method: 'POST', path: '/recovery_email/verify_code', body: { uid, code, ...options } },
    call,
  );
}

/** POST /recovery_email/secondary/verify_code — verifies a newly added secondary address. */
export async function recoveryEmailSecondaryVerifyCode(
  sessionToken: string,
  email: string,
  code: string,
  call?: CallOptions,
): Promise<void> {
  await apiRequest(
    {
      method: 'POST',
      path: '/recovery_email/secondary/verify_code',
      body: { email, code },
      auth: session(sessionToken),
    },
    call,
  );
}

/** POST /recovery_email/secondary/resend_code */
export async function recoveryEmailSecondaryResendCode(
  sessionToken: string,
  email: string,
  call?: CallOptions,
): Promise<void> {
  await apiRequest(
    {
      method: 'POST',
      path: '/recovery_email/secondary/resend_code',
      body: { email },
      auth: session(sessionToken),
    },
    call,
  );
}
