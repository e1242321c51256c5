// Creating accounts: from authPW (what /account/create receives) or from a plain password (seed
// and control API, which derive authPW with the same client-side onepw code the app uses).

import type { Deps } from './context.ts';
import { deliver, newPendingCode } from './mailer.ts';
import { makeVerifier } from './password.ts';
import { deriveCredentialsV1, randomHex } from './server-crypto.ts';
import type { Account } from './state.ts';

export interface V2Credentials {
  authPW: string;
  clientSalt: string;
  wrapKbVersion2: string;
}

export interface NewAccount {
  email: string;
  authPW: string;
  /** Client-supplied wrapKb (v2 sign-ups send it); random otherwise, as upstream. */
  wrapKb?: string;
  v2?: V2Credentials;
  verified: boolean;
  uid?: string;
  displayName?: string | null;
  locale?: string;
}

export async function createAccount(deps: Deps, n: NewAccount): Promise<Account> {
  const { state } = deps;
  const now = state.now();
  const wrapKb = n.wrapKb ?? randomHex(32);
  const account: Account = {
    uid: n.uid ?? randomHex(16),
    email: n.email,
    emails: [
      {
        email: n.email,
        normalized: n.email.toLowerCase(),
        isPrimary: true,
        verified: n.verified,
        pending: n.verified ? null : newPendingCode(deps),
        createdAt: now,
      },
    ],
    createdAt: now,
    passwordV1: await makeVerifier(n.authPW, wrapKb),
    passwordV2: n.v2 ? await makeVerifier(n.v2.authPW, n.v2.wrapKbVersion2, n.v2.clientSalt) : null,
    passwordCreatedAt: now,
    kA: randomHex(32),
    keysChangedAt: now,
    profileChangedAt: now,
    displayName: n.displayName ?? null,
    avatar: null,
    locale: n.locale ?? 'en-US',
    metricsEnabled: true,
    totp: null,
    recoveryCodes: [],
    recoveryKey: null,
  };
  state.accounts.set(account.uid, account);
  const pending = account.emails[0]?.pending;
  if (pending) deliver(deps, n.email, 'verify-signup', account.uid, pending);
  return account;
}

export async function createAccountWithPassword(
  deps: Deps,
  o: Omit<NewAccount, 'authPW' | 'wrapKb' | 'v2'> & { password: string },
): Promise<Account> {
  const { authPW } = await deriveCredentialsV1(o.email, o.password);
  const { password: _password, ...rest } = o;
  return createAccount(deps, { ...rest, authPW });
}
