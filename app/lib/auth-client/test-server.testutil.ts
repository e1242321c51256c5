// Test-only: an msw server for the auth-client tests, test origins, and a strict Hawk check of a
// received request using the independent `hawk` package (MAC + payload hash + timestamp).

import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { resetConfig, setConfig } from '../../config.ts';
import { hawkLib } from '../crypto/hawk-lib.testutil.ts';
import { deriveTokenCredentials, type TokenKind } from '../crypto/token-credentials.ts';
import { resetClockOffset } from './http.ts';
import { clearProfileTokenCache } from './profile.ts';

export const AUTH = 'https://auth.test/v1';
export const PROFILE = 'https://profile.test/v1';

export const server = setupServer();

/** Installs the msw server and a clean config/clock/token cache around every test. */
export function installTestServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() =>
    setConfig({
      authServerUrl: AUTH,
      profileServerUrl: PROFILE,
      tokenAuth: 'hawk',
      keyStretchVersion: 1,
    }),
  );
  afterEach(() => {
    server.resetHandlers();
    resetConfig();
    resetClockOffset();
    clearProfileTokenCache();
  });
  afterAll(() => server.close());
}

/**
 * Verifies the request's Hawk header for `tokenHex` the way a pre-2024 auth server did; rejects
 * (hawk's Boom error) on a bad MAC, payload hash, missing hash or stale timestamp.
 * `serverClockOffsetSec` pretends the server's clock is that far ahead of ours.
 */
export async function verifyHawkRequest(
  request: Request,
  tokenHex: string,
  kind: TokenKind,
  serverClockOffsetSec = 0,
): Promise<{ id: string; ts: number }> {
  const creds = await deriveTokenCredentials(tokenHex, kind);
  const url = new URL(request.url);
  const payload = await request.clone().text();
  const { artifacts } = await hawkLib.server.authenticate(
    {
      method: request.method,
      url: url.pathname + url.search,
      host: url.hostname,
      port: url.port || (url.protocol === 'https:' ? 443 : 80),
      authorization: request.headers.get('authorization') ?? undefined,
      contentType: request.headers.get('content-type') ?? '',
    },
    async (id) => (id === creds.id ? { id, key: creds.key, algorithm: 'sha256' } : null),
    { payload, localtimeOffsetMsec: serverClockOffsetSec * 1000 },
  );
  return { id: creds.id, ts: Number(artifacts.ts) };
}

export const SESSION_TOKEN = 'a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf';
export const SESSION_ID = 'c0a29dcf46174973da1378696e4c82ae10f723cf4f4d9f75e39f4ae3851595ab';
