// Password reset by emailed code: /password/forgot/send_otp (mails an 8-digit code, 600 s),
// /password/forgot/verify_otp (code → passwordForgotToken + its 32-hex passCode) and
// /password/forgot/verify_code (passwordForgotToken + passCode → single-use accountResetToken).
// Shapes, auth and errnos per mozilla/fxa `packages/fxa-auth-server/lib/routes/password.ts`;
// the code length and lifetime are `passwordForgotOtp.digits`/`.ttl` in `config/index.ts`.
// The old link flow (send_code, resend_code, status) was removed upstream (PR #19845) and 404s.

import { Hono } from 'hono';
import { type Deps, type EmulatorEnv, jsonBody } from '../context.ts';
import { AuthErrors } from '../errors.ts';
import { tokenAuth } from '../hawk-auth.ts';
import { deliver } from '../mailer.ts';
import { constantTimeEqual, randomBytes } from '../server-crypto.ts';
import type { Account } from '../state.ts';
import { createAccountResetToken, createPasswordForgotToken } from '../tokens.ts';
import { parseFields, v } from '../validate.ts';

const opt = v.optional;

export const PASSWORD_FORGOT_OTP_DIGITS = 8;
export const PASSWORD_FORGOT_OTP_TTL_MS = 600 * 1000;
/**
 * Wrong codes tolerated before the code is dropped. Upstream bounds guessing with customs
 * (`passwordForgotVerifyOtp`, per 10 minutes and per day); the emulator has no customs, so the
 * code itself gives out and the user must ask for a new one.
 */
export const PASSWORD_FORGOT_OTP_MAX_FAILURES = 5;

function eightDigitCode(): string {
  const [a = 0, b = 0, c = 0, d = 0] = randomBytes(4);
  const n = ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
  return String(n % 100_000_000).padStart(PASSWORD_FORGOT_OTP_DIGITS, '0');
}

export function passwordForgotRoutes(deps: Deps) {
  const { state } = deps;
  const r = new Hono<EmulatorEnv>();

  /** The account an address may reset: its primary, or a verified secondary; else 102. */
  function resettableAccount(email: string): Account {
    const found = state.findByEmail(email);
    if (!found) throw AuthErrors.unknownAccount(email);
    const { account, record } = found;
    if (!record.isPrimary && !record.verified) throw AuthErrors.unknownAccount(email);
    if (!state.emailVerified(account)) throw AuthErrors.unknownAccount(email);
    return account;
  }

  r.post('/password/forgot/send_otp', async (c) => {
    const body = parseFields(
      await jsonBody(c),
      {
        email: v.email(),
        service: opt(v.string({ max: 64 })),
        metricsContext: opt(v.object()),
      },
      'auth',
    );
    const account = resettableAccount(body.email);
    const otp = {
      code: eightDigitCode(),
      expiresAt: state.now() + PASSWORD_FORGOT_OTP_TTL_MS,
      failures: 0,
    };
    state.passwordForgotOtps.set(account.uid, otp);
    // Upstream mails the account's addresses (primary first); the mailbox records the primary.
    deliver(deps, state.primaryEmail(account).email, 'password-forgot-otp', account.uid, {
      code: otp.code,
      linkCode: '',
      expiresAt: otp.expiresAt,
    });
    return c.json({});
  });

  r.post('/password/forgot/verify_otp', async (c) => {
    const body = parseFields(
      await jsonBody(c),
      {
        email: v.email(),
        code: v.string({ min: 8, max: 8, pattern: /^\d+$/ }),
        metricsContext: opt(v.object()),
      },
      'auth',
    );
    const found = state.findByEmail(body.email);
    if (!found) throw AuthErrors.unknownAccount(body.email);
    const { account } = found;
    const otp = state.passwordForgotOtps.get(account.uid);
    if (!otp || otp.expiresAt <= state.now() || !constantTimeEqual(otp.code, body.code)) {
      if (otp) {
        otp.failures += 1;
        if (otp.failures >= PASSWORD_FORGOT_OTP_MAX_FAILURES || otp.expiresAt <= state.now()) {
          state.passwordForgotOtps.delete(account.uid);
        }
      }
      throw AuthErrors.invalidVerificationCode();
    }
    state.passwordForgotOtps.delete(account.uid);
    const { token, passCode } = await createPasswordForgotToken(deps, account, body.email);
    return c.json({ code: passCode, emailToHashWith: account.email, token, uid: account.uid });
  });

  r.post('/password/forgot/verify_code', tokenAuth(deps, 'passwordForgotToken'), async (c) => {
    const pft = c.get('passwordForgotToken');
    if (!pft) throw AuthErrors.invalidToken();
    const body = parseFields(
      await jsonBody(c),
      {
        code: v.hex(16),
        accountResetWithRecoveryKey: opt(v.boolean()),
        includeRecoveryKeyPrompt: opt(v.boolean()),
        metricsContext: opt(v.object()),
      },
      'auth',
    );
    const ttlMs = pft.expiresAt - state.now();
    if (!constantTimeEqual(pft.passCode, body.code) || ttlMs <= 0) {
      pft.tries -= 1;
      if (pft.tries < 1) state.passwordForgotTokens.delete(pft.id);
      throw AuthErrors.invalidVerificationCode({ tries: pft.tries, ttl: Math.max(0, ttlMs) });
    }
    // db.forgotPasswordVerified: the passwordForgotToken becomes an accountResetToken, which
    // keeps how the reset was verified (PR mozilla/fxa#19486).
    state.passwordForgotTokens.delete(pft.id);
    const accountResetToken = await createAccountResetToken(deps, pft.uid, pft.verificationMethod);
    return c.json({ accountResetToken });
  });

  return r;
}
