import { randomUUID } from 'node:crypto';
import { emulatorOrigin } from './ports';

// The emulator's test-only control API (mocks/emulator/control-routes.ts), for e2e setup.
// Tests run in parallel against one emulator: never reset it, give each test its own account
// (uniqueEmail), and scope injected faults to that account (`injectFault({account})`), or per
// page with page.route.

async function control<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${emulatorOrigin}/__emulator${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`emulator ${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export const uniqueEmail = (label = 'user') => `${label}.${randomUUID().slice(0, 8)}@example.com`;

export type SeededAccount = {
  uid: string;
  email: string;
  password: string;
  sessionToken: string | null;
};

/** An account that exists on the emulator; `session` also creates a (verified) session. */
export function createAccount(spec: {
  email?: string;
  password?: string;
  verified?: boolean;
  displayName?: string;
  session?: boolean | { verified: boolean };
}): Promise<SeededAccount> {
  return control('POST', '/accounts', {
    email: spec.email ?? uniqueEmail(),
    password: spec.password ?? 'correct horse battery',
    verified: spec.verified ?? true,
    ...(spec.displayName ? { displayName: spec.displayName } : {}),
    ...(spec.session === undefined ? {} : { session: spec.session }),
  });
}

type SentEmail = { to: string; kind: string; code: string; uid: string; sentAt: number };

/** The last email the emulator "sent" to an address (verification codes live here). */
export const lastEmail = (address: string) =>
  control<SentEmail>('GET', `/emails/${encodeURIComponent(address)}/last`);

/** Waits until a code has been sent to the address, newer than `after` if given. */
export async function waitForCode(address: string, after?: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const mail = await lastEmail(address).catch(() => undefined);
    if (mail?.code && mail.code !== after) return mail.code;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no code was sent to ${address}`);
}

export const accountSummary = (email: string) =>
  control<{
    uid: string;
    email: string;
    emails: { email: string; isPrimary: boolean; verified: boolean }[];
    sessions: { id: string; verified: boolean; deviceId: string | null }[];
    devices: { id: string; name: string; type: string }[];
  }>('GET', `/accounts/${encodeURIComponent(email)}`);

/**
 * Ends every session of the account on the server (what a password change elsewhere does), so
 * a Firefox holding one of them must reconnect. Returns how many ended.
 */
export const endSessions = (email: string) =>
  control<{ ended: number }>('DELETE', `/accounts/${encodeURIComponent(email)}/sessions`);

export type FaultSpec = {
  /** Path glob on the emulator, e.g. `/v1/account/login` or `/v1/*`. */
  path: string;
  /** The account whose requests it hits (required here: other tests run at the same time). */
  account: string;
  method?: string;
  /** How many matching requests; default 1; 0 until removed. */
  times?: number;
  delayMs?: number;
  status?: 429 | 500 | 502 | 503 | 'network';
  retryAfter?: number;
};

export type InjectedFault = {
  id: number;
  /** Removes it (if not used up) and tells how many requests it struck so far. */
  remove: () => Promise<number>;
};

/** Injects a fault through the emulator's control API (mocks/emulator/faults.ts). */
export async function injectFault(spec: FaultSpec): Promise<InjectedFault> {
  const { id } = await control<{ id: number }>('POST', '/faults', spec);
  return {
    id,
    remove: async () => {
      const res = await fetch(`${emulatorOrigin}/__emulator/faults/${id}`, { method: 'DELETE' });
      return res.ok ? ((await res.json()) as { hits: number }).hits : 0;
    },
  };
}

/** Customs blocks the account's sign-ins (errno 125, unblockable) until an unblock code is used. */
export const blockSignin = (email: string) =>
  control<{ blocked: true }>('POST', `/accounts/${encodeURIComponent(email)}/block_signin`, {});

/** Makes the account's unblock codes older (their expiry) without moving the shared clock. */
export const ageUnblockCodes = (email: string, ms: number) =>
  control<{ aged: true }>('POST', `/accounts/${encodeURIComponent(email)}/age_unblock_codes`, {
    ms,
  });

/** Makes the account's password-reset code older (its expiry) without moving the shared clock. */
export const agePasswordForgotOtp = (email: string, ms: number) =>
  control<{ aged: true }>(
    'POST',
    `/accounts/${encodeURIComponent(email)}/age_password_forgot_otp`,
    {
      ms,
    },
  );

/** Moves the emulator's clock forward (expiry of codes and tokens). Every test shares it. */
export const advanceEmulatorClock = (advanceMs: number) =>
  control<{ now: number }>('POST', '/clock', { advanceMs });
/** Registers an OAuth client (POST /__emulator/clients); its id and secret come back. */
export const registerClient = (spec: {
  name: string;
  redirectUris: string[];
  trusted?: boolean;
  publicClient?: boolean;
  allowedScopes?: string[];
}) => control<{ id: string; name: string; secret?: string }>('POST', '/clients', spec);
