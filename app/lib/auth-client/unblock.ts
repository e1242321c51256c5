// Sign-in unblock: when customs blocks a login (errno 125 or 114 carrying
// `verificationMethod: 'email-captcha'`), the user is emailed an 8-character code and the login
// is retried with `unblockCode`; "this wasn't me" rejects the code. No token auth on either.
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-server/lib/routes/unblock-codes.js ·
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-client/lib/client.ts
// (sendUnblockCode, rejectUnblockCode) · /work/shared/reference/recovery-2fa-mfa.md §5

import { ERRNO, isAuthServerError } from './errors.ts';
import { apiRequest, type CallOptions } from './http.ts';

/** errno 127 INVALID_UNBLOCK_CODE: a wrong, used or expired code. */
export const INVALID_UNBLOCK_CODE = ERRNO.INVALID_UNBLOCK_CODE;

/** A blocked login the user can unblock by email (upstream Signin page's check). */
export function canUnblock(error: unknown): boolean {
  return (
    (isAuthServerError(error, ERRNO.REQUEST_BLOCKED) ||
      isAuthServerError(error, ERRNO.TOO_MANY_REQUESTS)) &&
    error.body.verificationMethod === 'email-captcha'
  );
}

/** POST /account/login/send_unblock_code → {}. */
export async function sendUnblockCode(email: string, call?: CallOptions): Promise<void> {
  await apiRequest(
    { method: 'POST', path: '/account/login/send_unblock_code', body: { email } },
    call,
  );
}

/** POST /account/login/reject_unblock_code → {} ("this wasn't me" from the email). */
export async function rejectUnblockCode(
  uid: string,
  unblockCode: string,
  call?: CallOptions,
): Promise<void> {
  await apiRequest(
    {
      method: 'POST',
      path: '/account/login/reject_unblock_code',
      body: { uid, unblockCode },
    },
    call,
  );
}
