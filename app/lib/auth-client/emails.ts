// Email addresses of an account (settings): list, add a secondary, remove, make primary, and the
// codes that verify them — the primary by uid+code (link/OTP, unauthenticated) and a secondary by
// email + code. Edits take a step-up JWT (scope `mfa:email`, mfa.ts): the session-token routes
// were removed upstream (mozilla/fxa#19845).
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

const mfa = (jwt: string) => ({ mfaJwt: jwt });

/** POST /mfa/recovery_email (step-up JWT `mfa:email`) — adds a secondary; a code is emailed to it. */
export async function recoveryEmailCreate(
  jwt: string,
  email: string,
  call?: CallOptions,
): Promise<void> {
  await apiRequest(
    { method: 'POST', path: '/mfa/recovery_email', body: { email }, auth: mfa(jwt) },
    call,
  );
}

/** POST /mfa/recovery_email/destroy (`mfa:email`) */
export async function recoveryEmailDestroy(
  jwt: string,
  email: string,
  call?: CallOptions,
): Promise<void> {
  await apiRequest(
    { method: 'POST', path: '/mfa/recovery_email/destroy', body: { email }, auth: mfa(jwt) },
    call,
  );
}

/** POST /mfa/recovery_email/set_primary (`mfa:email`) */
export async function recoveryEmailSetPrimary(
  jwt: string,
  email: string,
  call?: CallOptions,
): Promise<void> {
  await apiRequest(
    { method: 'POST', path: '/mfa/recovery_email/set_primary', body: { email }, auth: mfa(jwt) },
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

/** POST /mfa/recovery_email/secondary/verify_code (`mfa:email`) — confirms a new secondary. */
export async function recoveryEmailSecondaryVerifyCode(
  jwt: string,
  email: string,
  code: string,
  call?: CallOptions,
): Promise<void> {
  await apiRequest(
    {
      method: 'POST',
      path: '/mfa/recovery_email/secondary/verify_code',
      body: { email, code },
      auth: mfa(jwt),
    },
    call,
  );
}

/** POST /mfa/recovery_email/secondary/resend_code (`mfa:email`) */
export async function recoveryEmailSecondaryResendCode(
  jwt: string,
  email: string,
  call?: CallOptions,
): Promise<void> {
  await apiRequest(
    {
      method: 'POST',
      path: '/mfa/recovery_email/secondary/resend_code',
      body: { email },
      auth: mfa(jwt),
    },
    call,
  );
}
