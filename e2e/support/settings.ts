// Signed-in state for the settings suites: real accounts and sessions on the e2e emulator (a
// made-up token would be refused with errno 110 at the first request), seeded into storage or
// handed to the simulated device.
import zlib from 'node:zlib';
import type { Page } from '@playwright/test';
import { TestClient } from '../../mocks/emulator/testing/fxa-client.testutil';
import { createAccount, uniqueEmail } from './emulator';
import { seedLocalAccount } from './fixtures';
import { emulatorOrigin } from './ports';

export type RealUser = {
  email: string;
  uid: string;
  sessionToken: string;
  verified: boolean;
  password: string;
};

/** A verified account with a verified session: what a signed-in user holds. */
export async function realUser(label = 'settings', displayName?: string): Promise<RealUser> {
  const password = `${label} password that is long enough`;
  const created = await createAccount({
    email: uniqueEmail(label),
    password,
    session: true,
    ...(displayName ? { displayName } : {}),
  });
  if (!created.sessionToken) throw new Error('the emulator created no session');
  return {
    email: created.email,
    uid: created.uid,
    sessionToken: created.sessionToken,
    verified: true,
    password,
  };
}

/** The session entry, as the app stores it (no password). */
export const sessionOf = (u: RealUser) => ({
  email: u.email,
  uid: u.uid,
  sessionToken: u.sessionToken,
  verified: u.verified,
});

/** Seeds `__fxa_storage` with the user's session before the app boots. */
export const seedUser = (page: Page, user: RealUser) => seedLocalAccount(page, sessionOf(user));

/**
 * Signs the account in somewhere else (a second session, confirmed with the emailed code), and
 * optionally registers it as a device the way Firefox does after a login.
 */
export async function signInElsewhere(
  user: RealUser,
  device?: { name: string; type: 'desktop' | 'mobile' | 'tablet' },
): Promise<{ sessionToken: string }> {
  const client = new TestClient(emulatorOrigin);
  const { sessionToken } = await client.signIn(user.email, user.password);
  if (device) {
    const reply = await client.hawkPost('/v1/account/device', sessionToken, device);
    if (reply.status !== 200) throw new Error(`device registration failed: ${reply.text}`);
  }
  return { sessionToken };
}

/** Whether the emulator still accepts a session token (GET /session/status). */
export async function sessionAlive(sessionToken: string): Promise<boolean> {
  const reply = await new TestClient(emulatorOrigin).hawkGet('/v1/session/status', sessionToken);
  return reply.status === 200;
}

/** What the page stored under upstream's key for a uid (the token the app will use). */
export const storedSession = (page: Page, uid: string) =>
  page.evaluate((id) => {
    const accounts = JSON.parse(localStorage.getItem('__fxa_storage.accounts') ?? '{}');
    return accounts[id] as { email: string; sessionToken?: string } | undefined;
  }, uid);

/** Chromium's console line for a failed request with this HTTP status (allowed per test). */
export const failedLoad = (status: number) =>
  new RegExp(`Failed to load resource: the server responded with a status of ${status}\\b`);

/** A real PNG of one colour (for avatar uploads), built here so no fixture file is needed. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // truecolour RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array(width).fill(rgb).flat())]);
  const pixels = zlib.deflateSync(Buffer.concat(Array(height).fill(row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An accessible name with one Fluent placeable in it, e.g. `placeable('Delete ', email, '')`.
 * Fluent wraps placeables in Unicode isolation marks (FSI … PDI), which a plain string would miss.
 */
export const placeable = (before: string, value: string, after: string) =>
  new RegExp(`^${escapeRegExp(before)}\u2068?${escapeRegExp(value)}\u2069?${escapeRegExp(after)}$`);
