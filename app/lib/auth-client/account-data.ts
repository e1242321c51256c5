// GET /account: the consolidated payload the settings page loads first. Apart from account.ts
// (which re-exports it) because that module also carries sign-in and sign-up with their key
// stretching, which the settings page's first render does not need.
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-server/docs/api.md ·
// /work/shared/reference/fxa-upstream.md §5 ("settings load")

import { apiRequest, type CallOptions, unexpectedResponse } from './http.ts';

export interface AccountEmail {
  email: string;
  isPrimary: boolean;
  verified: boolean;
}

export interface Account {
  emails: AccountEmail[];
  totp?: { exists: boolean; verified: boolean };
  recoveryKey?: { exists: boolean; estimatedSyncDeviceCount?: number };
  createdAt?: number;
  passwordCreatedAt?: number;
  hasPassword?: boolean;
  metricsOptOutAt?: number | null;
  [key: string]: unknown;
}

/** GET /account — the consolidated settings payload. */
export async function getAccount(sessionToken: string, call?: CallOptions): Promise<Account> {
  const res = await apiRequest(
    { method: 'GET', path: '/account', auth: { token: sessionToken, kind: 'sessionToken' } },
    call,
  );
  if (!Array.isArray(res.emails)) throw unexpectedResponse('Missing emails');
  return res as Account;
}
