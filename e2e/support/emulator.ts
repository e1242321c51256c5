import { randomUUID } from 'node:crypto';
import { emulatorOrigin } from './ports';

// The emulator's test-only control API (mocks/emulator/control-routes.ts), for e2e setup.
// Tests run in parallel against one emulator: never reset it, give each test its own account
// (uniqueEmail), and inject faults per page with page.route rather than the global fault API.

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
