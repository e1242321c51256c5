// The OAuth feature's unit tests run against the emulator behind MSW (no socket), at the app's
// default auth-server origin. Each file gets a fresh emulator and an account with a session.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setupEmulatorServer } from '../../../mocks/msw/node';
import { resetClockOffset } from '../../lib/auth-client/http';
import { clearClientInfoCache } from '../../lib/oauth/client-info';
import type { SignedInAccount } from '../../session/precedence';

export function installEmulator() {
  const node = setupEmulatorServer({ demoAccount: false });
  beforeAll(async () => {
    node.server.listen({ onUnhandledRequest: 'error' });
    await node.emulator.ready;
  });
  afterEach(() => {
    node.emulator.control.clearFaults();
    clearClientInfoCache();
    resetClockOffset();
  });
  afterAll(() => node.server.close());
  let n = 0;
  return {
    emulator: node.emulator,
    /** A verified account with a verified session (or as asked). */
    async account(options: { verified?: boolean } = {}): Promise<SignedInAccount> {
      n += 1;
      const created = await node.emulator.control.createAccount({
        email: `user${n}@example.com`,
        password: 'a long enough password',
        session: { verified: options.verified ?? true },
      });
      return {
        uid: created.uid,
        email: created.email,
        sessionToken: created.sessionToken as string,
        verified: options.verified ?? true,
      };
    },
  };
}

export const TRUSTED = {
  client_id: 'dcdb5ae7add825d2',
  redirect_uri: 'http://localhost:8080/api/oauth',
  state: 'relier-state',
  scope: 'profile openid',
};
export const UNTRUSTED = {
  client_id: '325b4083e32fe8e7',
  redirect_uri: 'http://localhost:8080/321done/api/oauth',
  state: 'relier-state',
  scope: 'profile:display_name profile:email profile:uid openid',
};
export const POCKET = {
  client_id: '7c0a2f3e4d5b6a19',
  redirect_uri: 'http://localhost:8080/callback',
  state: 'relier-state',
  scope: 'profile openid',
  code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
  code_challenge_method: 'S256',
};

export const query = (
  base: Record<string, string>,
  over: Record<string, string | undefined> = {},
) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...base, ...over })) if (v !== undefined) q.set(k, v);
  return q;
};
