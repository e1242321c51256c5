// Control API for two-step authentication (tests only, no upstream twin):
//   POST /__emulator/accounts/:email/totp        turn it on with a new secret and 8 backup codes
//                                                → {secret, recoveryCodes}
//   GET  /__emulator/accounts/:email/totp-code   the code an authenticator shows now → {code}
// A test reads the code here instead of computing it, so it never needs the secret.

import { Hono } from 'hono';
import type { Deps, EmulatorEnv } from './context.ts';
import { AuthErrors } from './errors.ts';
import { randomHex } from './server-crypto.ts';
import type { Account } from './state.ts';
import { newTotpSecret, totpCode } from './totp.ts';

export function enableTotp(deps: Deps, account: Account) {
  const secret = newTotpSecret();
  account.totp = { secret, verified: true, enabled: true, createdAt: deps.state.now() };
  // Eight single-use backup codes of 10 characters (in the browser upstream makes them; a test
  // account set up here gets its own: hex is within the BASE_36 the auth server accepts).
  account.recoveryCodes = Array.from({ length: 8 }, () => randomHex(5));
  return { secret, recoveryCodes: [...account.recoveryCodes] };
}

export function totpControlRoutes(deps: Deps) {
  const { state } = deps;
  const r = new Hono<EmulatorEnv>();
  const accountFor = (email: string) => {
    const found = state.findByEmail(email);
    if (!found) throw AuthErrors.unknownAccount(email);
    return found.account;
  };

  r.post('/accounts/:email/totp', (c) =>
    c.json(enableTotp(deps, accountFor(c.req.param('email')))),
  );

  r.get('/accounts/:email/totp-code', async (c) => {
    const { totp } = accountFor(c.req.param('email'));
    if (!totp) throw AuthErrors.totpTokenNotFound();
    return c.json({ code: await totpCode(totp.secret, state.nowSec()) });
  });

  return r;
}
