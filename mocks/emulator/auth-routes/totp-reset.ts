// The second step of a password reset for an account with two-step authentication, both with the
// passwordForgotToken (mozilla/fxa `packages/fxa-auth-server/lib/routes/totp.js`, "this endpoint
// is used in the password reset flow only"; client `packages/fxa-auth-client/lib/client.ts`
// checkTotpTokenCodeWithPasswordForgotToken, consumeRecoveryCodeWithPasswordForgotToken):
//   POST /totp/verify {code}               → {success}  (wrong or no TOTP: 200 {success: false})
//   POST /totp/verify/recoveryCode {code}  → {remaining} (not one of the account's codes: 156)
// Success marks the token (db.verifyPasswordForgotTokenWithMethod) with `totp-2fa` or
// `recovery-code`; /password/forgot/verify_code carries that to the accountResetToken and
// /account/reset to the new session (AAL2, PR mozilla/fxa#19486).

import { Hono } from 'hono';
import { hasTotp } from '../aal.ts';
import { type Ctx, type Deps, type EmulatorEnv, jsonBody } from '../context.ts';
import { AuthErrors } from '../errors.ts';
import { tokenAuth } from '../hawk-auth.ts';
import { consumeRecoveryCode, totpCodeValid } from '../totp.ts';
import { parseFields, v } from '../validate.ts';

export function totpResetRoutes(deps: Deps) {
  const { state } = deps;
  const r = new Hono<EmulatorEnv>();
  const passwordForgot = tokenAuth(deps, 'passwordForgotToken');

  function tokenAndAccount(c: Ctx) {
    const pft = c.get('passwordForgotToken');
    const account = pft && state.accounts.get(pft.uid);
    if (!pft || !account) throw AuthErrors.invalidToken();
    return { pft, account };
  }

  r.post('/totp/verify', passwordForgot, async (c) => {
    const { code } = parseFields(
      await jsonBody(c),
      { code: v.string({ max: 32, pattern: /^\d+$/ }) },
      'auth',
    );
    const { pft, account } = tokenAndAccount(c);
    // db.totpToken: no token (TOTP_TOKEN_NOT_FOUND) answers {success: false}, not an error.
    const secret = hasTotp(account) ? account.totp?.secret : undefined;
    const success = secret ? await totpCodeValid(secret, code, state.nowSec()) : false;
    if (success) pft.verificationMethod = 'totp-2fa';
    return c.json({ success });
  });

  r.post('/totp/verify/recoveryCode', passwordForgot, async (c) => {
    // validators.recoveryCode(20, BASE_36), as /session/verify/recoveryCode (totp.ts).
    const { code } = parseFields(
      await jsonBody(c),
      { code: v.string({ min: 8, max: 20, pattern: /^[a-zA-Z0-9]+$/ }) },
      'auth',
    );
    const { pft, account } = tokenAndAccount(c);
    if (!consumeRecoveryCode(account, code)) throw AuthErrors.recoveryCodeNotFound();
    pft.verificationMethod = 'recovery-code';
    return c.json({ remaining: account.recoveryCodes.length });
  });

  return r;
}
