// POST /account/login/send_unblock_code and /account/login/reject_unblock_code, as
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-server/lib/routes/unblock-codes.js
// (no auth; `{}` on success). The login side (`unblockCode` on /account/login) is in account.ts.

import { Hono } from 'hono';
import { type Deps, type EmulatorEnv, jsonBody } from '../context.ts';
import { AuthErrors } from '../errors.ts';
import { consumeUnblockCode, sendUnblockCode, UNBLOCK_CODE } from '../unblock-codes.ts';
import { parseFields, v } from '../validate.ts';

export function unblockCodeRoutes(deps: Deps) {
  const { state } = deps;
  const r = new Hono<EmulatorEnv>();

  r.post('/account/login/send_unblock_code', async (c) => {
    const { email } = parseFields(
      await jsonBody(c),
      { email: v.email(), metricsContext: v.optional(v.object()) },
      'auth',
    );
    // db.accountRecord(email): any address of the account; unknown → errno 102.
    const found = state.findByEmail(email);
    if (!found) throw AuthErrors.unknownAccount(email);
    // mailer.sendUnblockCodeEmail(emails, …) goes to the primary address.
    sendUnblockCode(deps, found.account.uid, state.primaryEmail(found.account).email);
    return c.json({});
  });

  r.post('/account/login/reject_unblock_code', async (c) => {
    const { uid, unblockCode } = parseFields(
      await jsonBody(c),
      {
        uid: v.string({ max: 32, pattern: /^[0-9a-fA-F]*$/ }),
        unblockCode: v.string({ pattern: UNBLOCK_CODE }),
      },
      'auth',
    );
    // db.consumeUnblockCode throws INVALID_UNBLOCK_CODE (127) when there is no such code.
    const existed = state.unblockCodes.get(uid.toLowerCase())?.has(unblockCode.toUpperCase());
    if (!existed) throw AuthErrors.invalidUnblockCode();
    consumeUnblockCode(deps, uid.toLowerCase(), unblockCode);
    return c.json({});
  });

  return r;
}
