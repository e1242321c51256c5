import { readJson, writeJson } from '../lib/safe-storage';

/** One entry of upstream's `__fxa_storage.accounts` map (uid → account). */
export type StoredAccount = {
  uid: string;
  email: string;
  sessionToken?: string;
  verified?: boolean;
  lastLogin?: number;
  displayName?: string;
  [extra: string]: unknown;
};

const ACCOUNTS = 'accounts';
const CURRENT = 'currentAccountUid';
const UID = /^[0-9a-f]{32}$/i;
const TOKEN = /^[0-9a-f]{64}$/i;

function isStoredAccount(v: unknown): v is StoredAccount {
  if (typeof v !== 'object' || v === null) return false;
  const a = v as Record<string, unknown>;
  return typeof a.uid === 'string' && UID.test(a.uid) && typeof a.email === 'string';
}

/** Every well-formed account; junk entries are skipped, not fatal. */
export function readAccounts(): Record<string, StoredAccount> {
  const raw = readJson(ACCOUNTS);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const out: Record<string, StoredAccount> = {};
  for (const [uid, value] of Object.entries(raw)) {
    if (isStoredAccount(value) && value.uid === uid) out[uid] = value;
  }
  return out;
}

export function readCurrentUid(): string | undefined {
  const raw = readJson(CURRENT);
  return typeof raw === 'string' && UID.test(raw) ? raw : undefined;
}

/** The current account if it can make requests: a well-formed token is what "signed in" means. */
export function readSignedInAccount(): (StoredAccount & { sessionToken: string }) | undefined {
  const uid = readCurrentUid();
  const account = uid ? readAccounts()[uid] : undefined;
  if (!account || typeof account.sessionToken !== 'string' || !TOKEN.test(account.sessionToken)) {
    return undefined;
  }
  return account as StoredAccount & { sessionToken: string };
}

/** The current account, token or not: enough to prefill an email. */
export function readCurrentAccount(): StoredAccount | undefined {
  const uid = readCurrentUid();
  return uid ? readAccounts()[uid] : undefined;
}

/** Merges by uid (keeping fields we do not manage) and optionally makes it current. */
export function saveAccount(account: StoredAccount, options: { makeCurrent: boolean }): void {
  const accounts = readAccounts();
  accounts[account.uid] = { ...accounts[account.uid], ...account };
  writeJson(ACCOUNTS, accounts);
  if (options.makeCurrent) writeJson(CURRENT, account.uid);
}

/** Drops the token (the account stays known for prefill) and clears the current pointer. */
export function forgetSession(uid: string): void {
  const accounts = readAccounts();
  const account = accounts[uid];
  if (account) {
    const { sessionToken: _dropped, ...rest } = account;
    accounts[uid] = rest;
    writeJson(ACCOUNTS, accounts);
  }
  if (readCurrentUid() === uid) writeJson(CURRENT, undefined);
}

/** Removes the account altogether (it was deleted): no prefill of its email either. */
export function forgetAccount(uid: string): void {
  const accounts = readAccounts();
  delete accounts[uid];
  writeJson(ACCOUNTS, accounts);
  if (readCurrentUid() === uid) writeJson(CURRENT, undefined);
}
