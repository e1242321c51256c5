// Email addresses: list, add a secondary, delete, make primary, confirm (6-digit code or the
// 32-hex link code), status. mozilla/fxa `lib/routes/emails.js`; errnos 137–148, 189, 105.
// Edits go through `/mfa/recovery_email*` with a step-up JWT (scope `mfa:email`, mfa.ts).

import { Hono } from 'hono';
import { type Deps, type EmulatorEnv, jsonBody, requireSession } from '../context.ts';
import { AuthErrors } from '../errors.ts';
import { tokenAuth } from '../hawk-auth.ts';
import { codeMatches, deliver, newPendingCode } from '../mailer.ts';
import type { Account } from '../state.ts';
import { parseFields, v } from '../validate.ts';
import { requireMfa } from './mfa.ts';

const opt = v.optional;

export function emailRoutes(deps: Deps) {
  const { state } = deps;
  const r = new Hono<EmulatorEnv>();
  const session = tokenAuth(deps, 'sessionToken');
  const verifiedSession = tokenAuth(deps, 'sessionToken', { verified: true });
  const accountOf = (uid: string) => state.accounts.get(uid) as Account;

  r.get('/recovery_email/status', session, (c) => {
    const s = requireSession(c);
    const primary = state.primaryEmail(accountOf(s.uid));
    return c.json({
      email: primary.email,
      verified: primary.verified && s.verified,
      sessionVerified: s.verified,
      emailVerified: primary.verified,
    });
  });

  r.get('/recovery_emails', verifiedSession, (c) => {
    const account = accountOf(requireSession(c).uid);
    return c.json(
      account.emails.map((e) => ({ email: e.email, isPrimary: e.isPrimary, verified: e.verified })),
    );
  });

  // Link-style confirmation of the primary address or a secondary one (no session needed).
  r.post('/recovery_email/verify_code', async (c) => {
    const body = parseFields(
      await jsonBody(c),
      {
        uid: v.hex(16),
        code: v.string({ pattern: /^(?:[0-9a-f]{32}|\d{6})$/ }),
        service: opt(v.string({ max: 64 })),
        reminder: opt(v.string({ max: 32 })),
        type: opt(v.string({ max: 32 })),
        style: opt(v.string({ max: 32 })),
        marketingOptIn: opt(v.boolean()),
        newsletters: opt(v.any()),
        metricsContext: opt(v.object()),
      },
      'auth',
    );
    const account = state.accounts.get(body.uid);
    if (!account) throw AuthErrors.unknownAccount();
    const record = account.emails.find(
      (e) => !e.verified && codeMatches(deps, e.pending, body.code),
    );
    if (!record) {
      // Re-confirming an already confirmed primary is a no-op upstream.
      if (state.emailVerified(account) && body.type !== 'secondary') return c.json({});
      throw AuthErrors.invalidVerificationCode();
    }
    record.verified = true;
    record.pending = null;
    if (record.isPrimary) {
      // Sessions waiting on the sign-up code are confirmed by it too.
      for (const s of state.sessionsOf(account.uid)) {
        if (!s.pending) s.verified = true;
      }
    }
    return c.json({});
  });

  r.post('/recovery_email', verifiedSession, async (c) => {
    const account = accountOf(requireSession(c).uid);
    const { email } = parseFields(await jsonBody(c), { email: v.email() }, 'auth');
    const normalized = email.toLowerCase();
    if (state.primaryEmail(account).normalized === normalized) {
      throw AuthErrors.yourPrimaryEmailExists();
    }
    if (account.emails.some((e) => e.normalized === normalized)) {
      throw AuthErrors.accountOwnsEmail();
    }
    const taken = state.findByEmail(email);
    if (taken) {
      throw taken.record.isPrimary
        ? AuthErrors.verifiedPrimaryEmailAlreadyExists()
        : AuthErrors.verifiedSecondaryEmailAlreadyExists();
    }
    const pending = newPendingCode(deps);
    account.emails.push({
      email,
      normalized,
      isPrimary: false,
      verified: false,
      pending,
      createdAt: state.now(),
    });
    deliver(deps, email, 'verify-secondary', account.uid, pending);
    return c.json({});
  });

  r.post('/recovery_email/destroy', verifiedSession, async (c) => {
    const account = accountOf(requireSession(c).uid);
    const { email } = parseFields(await jsonBody(c), { email: v.email() }, 'auth');
    const index = account.emails.findIndex((e) => e.normalized === email.toLowerCase());
    if (index < 0) throw AuthErrors.unknownSecondaryEmail();
    if (account.emails[index]?.isPrimary) throw AuthErrors.cannotDeletePrimaryEmail();
    account.emails.splice(index, 1);
    return c.json({});
  });

  r.post('/recovery_email/set_primary', verifiedSession, async (c) => {
    const account = accountOf(requireSession(c).uid);
    const { email } = parseFields(await jsonBody(c), { email: v.email() }, 'auth');
    const target = account.emails.find((e) => e.normalized === email.toLowerCase());
    if (!target) throw AuthErrors.cannotChangeEmailToUnownedEmail();
    if (!target.verified) throw AuthErrors.cannotChangeEmailToUnverifiedEmail();
    for (const e of account.emails) e.isPrimary = e === target;
    account.profileChangedAt = state.now();
    return c.json({});
  });

  r.post('/recovery_email/secondary/verify_code', verifiedSession, async (c) => {
    const account = accountOf(requireSession(c).uid);
    const body = parseFields(
      await jsonBody(c),
      { email: v.email(), code: v.string({ pattern: /^\d{6}$/ }) },
      'auth',
    );
    const record = account.emails.find((e) => e.normalized === body.email.toLowerCase());
    if (!record || record.isPrimary) throw AuthErrors.unknownSecondaryEmail();
    if (!record.verified) {
      if (!codeMatches(deps, record.pending, body.code)) throw AuthErrors.invalidOrExpiredOtpCode();
      record.verified = true;
      record.pending = null;
    }
    return c.json({});
  });

  r.post('/recovery_email/secondary/resend_code', verifiedSession, async (c) => {
    const account = accountOf(requireSession(c).uid);
    const { email } = parseFields(await jsonBody(c), { email: v.email() }, 'auth');
    const record = account.emails.find((e) => e.normalized === email.toLowerCase());
    if (!record || record.isPrimary) throw AuthErrors.unknownSecondaryEmail();
    if (!record.verified) {
      if (!record.pending || record.pending.expiresAt < state.now()) {
        record.pending = newPendingCode(deps);
      }
      deliver(deps, record.email, 'verify-secondary', account.uid, record.pending);
    }
    return c.json({});
  });

  // Adding, removing, making primary and confirming a secondary address need a step-up JWT with
  // scope `mfa:email` (the session routes were removed by mozilla/fxa#19845).
  r.post('/mfa/recovery_email', async (c) => {
    const { account } = await requireMfa(c, deps, 'email');
    const { email } = parseFields(await jsonBody(c), { email: v.email() }, 'auth');
    const normalized = email.toLowerCase();
    if (state.primaryEmail(account).normalized === normalized) {
      throw AuthErrors.yourPrimaryEmailExists();
    }
    if (account.emails.some((e) => e.normalized === normalized)) {
      throw AuthErrors.accountOwnsEmail();
    }
    const taken = state.findByEmail(email);
    if (taken) {
      throw taken.record.isPrimary
        ? AuthErrors.verifiedPrimaryEmailAlreadyExists()
        : AuthErrors.verifiedSecondaryEmailAlreadyExists();
    }
    const pending = newPendingCode(deps);
    account.emails.push({
      email,
      normalized,
      isPrimary: false,
      verified: false,
      pending,
      createdAt: state.now(),
    });
    deliver(deps, email, 'verify-secondary', account.uid, pending);
    return c.json({});
  });

  r.post('/mfa/recovery_email/destroy', async (c) => {
    const { account } = await requireMfa(c, deps, 'email');
    const { email } = parseFields(await jsonBody(c), { email: v.email() }, 'auth');
    const index = account.emails.findIndex((e) => e.normalized === email.toLowerCase());
    if (index < 0) throw AuthErrors.unknownSecondaryEmail();
    if (account.emails[index]?.isPrimary) throw AuthErrors.cannotDeletePrimaryEmail();
    account.emails.splice(index, 1);
    return c.json({});
  });

  r.post('/mfa/recovery_email/set_primary', async (c) => {
    const { account } = await requireMfa(c, deps, 'email');
    const { email } = parseFields(await jsonBody(c), { email: v.email() }, 'auth');
    const target = account.emails.find((e) => e.normalized === email.toLowerCase());
    if (!target) throw AuthErrors.cannotChangeEmailToUnownedEmail();
    if (!target.verified) throw AuthErrors.cannotChangeEmailToUnverifiedEmail();
    for (const e of account.emails) e.isPrimary = e === target;
    account.profileChangedAt = state.now();
    return c.json({});
  });

  r.post('/mfa/recovery_email/secondary/verify_code', async (c) => {
    const { account } = await requireMfa(c, deps, 'email');
    const body = parseFields(
      await jsonBody(c),
      { email: v.email(), code: v.string({ max: 32, pattern: /^\d+$/ }) },
      'auth',
    );
    const record = account.emails.find((e) => e.normalized === body.email.toLowerCase());
    if (!record || record.isPrimary) throw AuthErrors.unknownSecondaryEmail();
    if (!record.verified) {
      if (!codeMatches(deps, record.pending, body.code)) throw AuthErrors.invalidOrExpiredOtpCode();
      record.verified = true;
      record.pending = null;
    }
    return c.json({});
  });

  r.post('/mfa/recovery_email/secondary/resend_code', async (c) => {
    const { account } = await requireMfa(c, deps, 'email');
    const { email } = parseFields(await jsonBody(c), { email: v.email() }, 'auth');
    const record = account.emails.find((e) => e.normalized === email.toLowerCase());
    if (!record || record.isPrimary) throw AuthErrors.unknownSecondaryEmail();
    if (!record.verified) {
      if (!record.pending || record.pending.expiresAt < state.now()) {
        record.pending = newPendingCode(deps);
      }
      deliver(deps, record.email, 'verify-secondary', account.uid, record.pending);
    }
    return c.json({});
  });

  return r;
}
