// Two-step authentication routes (mozilla/fxa `packages/fxa-auth-server/lib/routes/totp.js` and
// `recovery-codes.js`; shapes in ../../shared/reference/recovery-2fa-mfa.md §3):
//   GET  /totp/exists: auth-routes/recovery-key.ts (the reset asks it with its passwordForgotToken)
//   POST /totp/create                     verified session        → {qrCodeUrl, secret}   154
//   POST /totp/setup/verify {code}        verified session        → {success: true}       152 155
//   POST /totp/setup/complete             verified session        → {success: true}       152 155
//   POST /session/verify/totp {code}      sessionToken            → {success}  (wrong: false, 200)
//   GET  /recoveryCodes/exists            sessionToken            → {hasBackupCodes, count}
//   POST /recoveryCodes {recoveryCodes}   verified session        → {success: true}       154
//   PUT  /recoveryCodes {recoveryCodes}   verified session, AAL2  → {success: true}       138
//   POST /session/verify/recoveryCode     sessionToken            → {remaining}           156
// The `/mfa/*` twins (step-up JWT, scope `mfa:2fa`, mfa.ts requireMfa) share these handlers:
//   POST /mfa/totp/create, /mfa/totp/setup/verify, /mfa/totp/setup/complete, POST|PUT
//   /mfa/recoveryCodes, and only there: /mfa/totp/replace/start → {qrCodeUrl, secret} (155),
//   /mfa/totp/replace/confirm {code} → {success} (152), /mfa/totp/destroy → {}.
// The pending secret lives on `account.totp` with enabled=false (upstream keeps it in Redis for
// an hour); `verified` marks its code confirmed, `enabled` the end of setup.

import { Hono } from 'hono';
import { accountAal, hasTotp, sessionAal } from '../aal.ts';
import { type Ctx, type Deps, type EmulatorEnv, jsonBody, requireSession } from '../context.ts';
import { AuthErrors } from '../errors.ts';
import { tokenAuth } from '../hawk-auth.ts';
import type { Account, SessionRecord } from '../state.ts';
import {
  consumeRecoveryCode,
  newTotpSecret,
  RECOVERY_CODE_COUNT,
  totpCodeValid,
  totpQrCodeUrl,
} from '../totp.ts';
import { type Check, FieldError, parseFields, v } from '../validate.ts';
import { requireMfa } from './mfa.ts';

const opt = v.optional;

/** validators.recoveryCodes(count, 20): 1–count unique BASE_36 codes of 8–20 characters. */
const recoveryCodesCheck: Check<string[]> = (value, name) => {
  if (value === undefined) throw new FieldError(name, true);
  const ok =
    Array.isArray(value) &&
    value.length >= 1 &&
    value.length <= RECOVERY_CODE_COUNT &&
    new Set(value).size === value.length &&
    value.every((x) => typeof x === 'string' && /^[a-zA-Z0-9]{8,20}$/.test(x));
  if (!ok) throw new FieldError(name, false);
  return value as string[];
};

/** The handlers, given the session they act for (Hawk session or the MFA JWT's `stid`). */
export function totpActions(deps: Deps) {
  const { state } = deps;
  const accountOf = (s: SessionRecord) => state.accounts.get(s.uid) as Account;
  // upstream keeps a replacement secret in Redis until it is confirmed.
  const replacements = new WeakMap<Account, string>();

  return {
    async create(s: SessionRecord) {
      const account = accountOf(s);
      if (hasTotp(account)) throw AuthErrors.totpTokenAlreadyExists();
      // A setup started again reuses its secret and must confirm a code again.
      const secret = account.totp?.secret ?? newTotpSecret();
      account.totp = { secret, verified: false, enabled: false, createdAt: state.now() };
      const email = state.primaryEmail(account).email;
      return { qrCodeUrl: await totpQrCodeUrl(email, secret), secret };
    },

    async setupVerify(s: SessionRecord, code: string) {
      const account = accountOf(s);
      const totp = account.totp;
      if (!totp || totp.enabled) throw AuthErrors.totpTokenNotFound();
      if (!(await totpCodeValid(totp.secret, code, state.nowSec()))) {
        throw AuthErrors.invalidTokenVerificationCode();
      }
      totp.verified = true;
      return { success: true };
    },

    setupComplete(s: SessionRecord) {
      const account = accountOf(s);
      const totp = account.totp;
      if (!totp || totp.enabled) throw AuthErrors.totpTokenNotFound();
      if (!totp.verified) throw AuthErrors.invalidTokenVerificationCode();
      totp.enabled = true;
      // The session that set it up has just shown the second factor: it is AAL2 now.
      s.verified = true;
      s.verificationMethod = 'totp-2fa';
      return { success: true };
    },

    /** recovery-codes.js POST: the first set, before two-step authentication is on. */
    setCodes(s: SessionRecord, codes: string[]) {
      const account = accountOf(s);
      if (hasTotp(account)) throw AuthErrors.totpTokenAlreadyExists();
      account.recoveryCodes = codes.map((c) => c.toLowerCase());
      return { success: true };
    },

    /** recovery-codes.js PUT: a new set, from a session that did the second step. */
    replaceCodes(s: SessionRecord, codes: string[]) {
      if (sessionAal(s) <= 1) throw AuthErrors.unverifiedSession();
      accountOf(s).recoveryCodes = codes.map((c) => c.toLowerCase());
      return { success: true };
    },

    /** A new authenticator for the same account: its secret waits for a code. */
    async replaceStart(s: SessionRecord) {
      const account = accountOf(s);
      if (!hasTotp(account)) throw AuthErrors.totpTokenNotFound();
      const secret = replacements.get(account) ?? newTotpSecret();
      replacements.set(account, secret);
      const email = state.primaryEmail(account).email;
      return { qrCodeUrl: await totpQrCodeUrl(email, secret), secret };
    },

    async replaceConfirm(s: SessionRecord, code: string) {
      const account = accountOf(s);
      const secret = replacements.get(account);
      if (!hasTotp(account) || !account.totp || !secret) throw AuthErrors.totpTokenNotFound();
      if (!(await totpCodeValid(secret, code, state.nowSec()))) {
        throw AuthErrors.invalidTokenVerificationCode();
      }
      account.totp.secret = secret;
      replacements.delete(account);
      return { success: true };
    },

    /** POST /mfa/totp/destroy: two-step authentication off, its backup codes gone. */
    destroy(s: SessionRecord) {
      const account = accountOf(s);
      account.totp = null;
      account.recoveryCodes = [];
      // The session no longer holds a second factor the account asks for (reference §3.2).
      s.verificationMethod = null;
      return {};
    },
  };
}

export const recoveryCodesBody = { recoveryCodes: recoveryCodesCheck };

export function totpRoutes(deps: Deps) {
  const { state } = deps;
  const r = new Hono<EmulatorEnv>();
  const session = tokenAuth(deps, 'sessionToken');
  const verifiedSession = tokenAuth(deps, 'sessionToken', { verified: true });
  const actions = totpActions(deps);
  const accountOf = (c: Ctx) => state.accounts.get(requireSession(c).uid) as Account;
  const codeBody = async (c: Ctx) =>
    parseFields(
      await jsonBody(c),
      { code: v.string({ max: 32, pattern: /^\d+$/ }), metricsContext: opt(v.object()) },
      'auth',
    );

  r.post('/totp/create', verifiedSession, async (c) => {
    parseFields(await jsonBody(c), { metricsContext: opt(v.object()) }, 'auth');
    return c.json(await actions.create(requireSession(c)));
  });

  r.post('/totp/setup/verify', verifiedSession, async (c) => {
    const { code } = await codeBody(c);
    return c.json(await actions.setupVerify(requireSession(c), code));
  });

  r.post('/totp/setup/complete', verifiedSession, async (c) => {
    parseFields(await jsonBody(c), { metricsContext: opt(v.object()) }, 'auth');
    return c.json(actions.setupComplete(requireSession(c)));
  });

  // totp.js: a wrong code is 200 {success: false}; a right one verifies the session (totp-2fa).
  r.post('/session/verify/totp', session, async (c) => {
    const s = requireSession(c);
    const body = parseFields(
      await jsonBody(c),
      {
        code: v.string({ max: 32, pattern: /^\d+$/ }),
        service: opt(v.string({ max: 64 })),
        metricsContext: opt(v.object()),
      },
      'auth',
    );
    const account = accountOf(c);
    if (!hasTotp(account) || !account.totp) throw AuthErrors.totpTokenNotFound();
    const success = await totpCodeValid(account.totp.secret, body.code, state.nowSec());
    if (success && sessionAal(s) <= 1) {
      s.verified = true;
      s.pending = null;
      s.verificationMethod = 'totp-2fa';
    }
    return c.json({ success });
  });

  r.get('/recoveryCodes/exists', session, (c) => {
    const count = accountOf(c).recoveryCodes.length;
    return c.json({ hasBackupCodes: count > 0, count });
  });

  r.post('/recoveryCodes', verifiedSession, async (c) => {
    const { recoveryCodes } = parseFields(await jsonBody(c), recoveryCodesBody, 'auth');
    return c.json(actions.setCodes(requireSession(c), recoveryCodes));
  });

  r.put('/recoveryCodes', verifiedSession, async (c) => {
    const { recoveryCodes } = parseFields(await jsonBody(c), recoveryCodesBody, 'auth');
    return c.json(actions.replaceCodes(requireSession(c), recoveryCodes));
  });

  // The step-up twins: the JWT's session (`stid`) is the one that acts.
  const mfa = (c: Ctx) => requireMfa(c, deps, '2fa').then(({ session: s }) => s);
  const metricsOnly = async (c: Ctx) =>
    parseFields(await jsonBody(c), { metricsContext: opt(v.object()) }, 'auth');

  r.post('/mfa/totp/create', async (c) => {
    const s = await mfa(c);
    await metricsOnly(c);
    return c.json(await actions.create(s));
  });
  r.post('/mfa/totp/setup/verify', async (c) => {
    const s = await mfa(c);
    const { code } = await codeBody(c);
    return c.json(await actions.setupVerify(s, code));
  });
  r.post('/mfa/totp/setup/complete', async (c) => {
    const s = await mfa(c);
    await metricsOnly(c);
    return c.json(actions.setupComplete(s));
  });
  r.post('/mfa/totp/replace/start', async (c) => {
    const s = await mfa(c);
    await metricsOnly(c);
    return c.json(await actions.replaceStart(s));
  });
  r.post('/mfa/totp/replace/confirm', async (c) => {
    const s = await mfa(c);
    const { code } = await codeBody(c);
    return c.json(await actions.replaceConfirm(s, code));
  });
  r.post('/mfa/totp/destroy', async (c) => {
    const s = await mfa(c);
    await metricsOnly(c);
    return c.json(actions.destroy(s));
  });
  r.post('/mfa/recoveryCodes', async (c) => {
    const s = await mfa(c);
    const { recoveryCodes } = parseFields(await jsonBody(c), recoveryCodesBody, 'auth');
    return c.json(actions.setCodes(s, recoveryCodes));
  });
  r.put('/mfa/recoveryCodes', async (c) => {
    const s = await mfa(c);
    const { recoveryCodes } = parseFields(await jsonBody(c), recoveryCodesBody, 'auth');
    return c.json(actions.replaceCodes(s, recoveryCodes));
  });

  // recovery-codes.js: a backup code is used up, and verifies the session (recovery-code).
  r.post('/session/verify/recoveryCode', session, async (c) => {
    const s = requireSession(c);
    const { code } = parseFields(
      await jsonBody(c),
      { code: v.string({ min: 8, max: 20, pattern: /^[a-zA-Z0-9]+$/ }) },
      'auth',
    );
    const account = accountOf(c);
    if (!consumeRecoveryCode(account, code)) throw AuthErrors.recoveryCodeNotFound();
    if (!s.verified || sessionAal(s) < accountAal(account)) {
      s.verified = true;
      s.pending = null;
      s.verificationMethod = 'recovery-code';
    }
    return c.json({ remaining: account.recoveryCodes.length });
  });

  return r;
}
