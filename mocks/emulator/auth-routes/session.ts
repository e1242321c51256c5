// Session routes: /session/status, /session/destroy, /session/verify_code, /session/resend_code and
// /session/reauth (mozilla/fxa `lib/routes/session.js`; shapes in protocol.md §3). A session is
// "verified" when the account's primary email is and the session's own login code was confirmed.

import { Hono } from 'hono';
import { accountAal, sessionAal } from '../aal.ts';
import { type Deps, type EmulatorEnv, jsonBody, requireSession } from '../context.ts';
import { AuthErrors } from '../errors.ts';
import { tokenAuth } from '../hawk-auth.ts';
import { codeMatches, deliver, newPendingCode } from '../mailer.ts';
import type { Account } from '../state.ts';
import { createKeyFetchToken } from '../tokens.ts';
import { parseFields, queryRecord, v } from '../validate.ts';
import { verifyAuthPW } from './account.ts';

const opt = v.optional;

export function sessionRoutes(deps: Deps) {
  const { state } = deps;
  const r = new Hono<EmulatorEnv>();
  const session = tokenAuth(deps, 'sessionToken');

  r.get('/session/status', session, (c) => {
    const s = requireSession(c);
    const account = state.accounts.get(s.uid) as Account;
    const emailVerified = state.emailVerified(account);
    const verified = emailVerified && s.verified;
    return c.json({
      state: verified ? 'verified' : 'unverified',
      uid: s.uid,
      details: {
        accountEmailVerified: emailVerified,
        sessionVerificationMethod: s.verificationMethod,
        sessionVerified: s.verified,
        mustVerify: !s.verified,
        sessionVerificationMeetsMinimumAAL: sessionAal(s) >= accountAal(account),
        verified,
      },
    });
  });

  r.post('/session/destroy', session, async (c) => {
    const s = requireSession(c);
    const body = parseFields(await jsonBody(c), { customSessionToken: opt(v.hex(32)) }, 'auth');
    let target = s.id;
    if (body.customSessionToken) {
      const other = state.sessions.get(body.customSessionToken);
      if (!other || other.uid !== s.uid) throw AuthErrors.invalidToken();
      target = other.id;
    }
    state.destroySession(target);
    return c.json({});
  });

  r.post('/session/verify_code', session, async (c) => {
    const s = requireSession(c);
    const body = parseFields(
      await jsonBody(c),
      {
        code: v.string({ pattern: /^\d{6}$/ }),
        service: opt(v.string({ max: 64 })),
        scopes: opt(v.any()),
        marketingOptIn: opt(v.boolean()),
        newsletters: opt(v.any()),
        metricsContext: opt(v.object()),
      },
      'auth',
    );
    const account = state.accounts.get(s.uid) as Account;
    const primary = state.primaryEmail(account);
    if (!primary.verified) {
      // The sign-up code confirms the address and the session that asked for it.
      if (!codeMatches(deps, primary.pending, body.code)) {
        throw AuthErrors.invalidOrExpiredOtpCode();
      }
      primary.verified = true;
      primary.pending = null;
      s.verified = true;
      s.pending = null;
    } else if (!s.verified) {
      if (!codeMatches(deps, s.pending, body.code)) throw AuthErrors.invalidOrExpiredOtpCode();
      s.verified = true;
      s.pending = null;
    }
    return c.json({});
  });

  r.post('/session/resend_code', session, async (c) => {
    const s = requireSession(c);
    parseFields(await jsonBody(c), { metricsContext: opt(v.object()) }, 'auth');
    const account = state.accounts.get(s.uid) as Account;
    const primary = state.primaryEmail(account);
    if (!primary.verified) {
      if (!primary.pending || primary.pending.expiresAt < state.now()) {
        primary.pending = newPendingCode(deps);
      }
      deliver(deps, primary.email, 'verify-signup', account.uid, primary.pending);
    } else if (!s.verified) {
      if (!s.pending || s.pending.expiresAt < state.now()) s.pending = newPendingCode(deps);
      deliver(deps, primary.email, 'verify-login', account.uid, s.pending);
    }
    return c.json({});
  });

  r.post('/session/reauth', session, async (c) => {
    const s = requireSession(c);
    const body = parseFields(
      await jsonBody(c),
      {
        email: v.email(),
        authPW: v.hex(32),
        service: opt(v.string({ max: 16 })),
        redirectTo: opt(v.url()),
        resume: opt(v.string({ max: 2048 })),
        reason: opt(v.string({ max: 16 })),
        originalLoginEmail: opt(v.email()),
        metricsContext: opt(v.object()),
        verificationMethod: opt(v.string({ max: 32 })),
      },
      'auth',
    );
    const account = state.accounts.get(s.uid) as Account;
    const found = state.findByEmail(body.email);
    if (!found || found.account.uid !== account.uid) throw AuthErrors.unknownAccount(body.email);
    const match = await verifyAuthPW(account, body.authPW);
    if (!match) throw AuthErrors.incorrectPassword(account.email, body.email);
    s.authAt = state.nowSec();
    const emailVerified = state.emailVerified(account);
    // fxa-auth-client SessionReauthedAccountData: the login fields plus originalEmail (the
    // sign-up email, the v1 salt) and primaryEmail.
    const response: Record<string, unknown> = {
      uid: account.uid,
      authAt: s.authAt,
      metricsEnabled: account.metricsEnabled,
      verified: emailVerified && s.verified,
      emailVerified,
      sessionVerified: s.verified,
      originalEmail: account.email,
      primaryEmail: state.primaryEmail(account).email,
    };
    if (!(emailVerified && s.verified)) {
      response.verificationMethod = 'email-otp';
      response.verificationReason = emailVerified ? 'login' : 'signup';
    }
    if (queryRecord(c.req.url).keys === 'true') {
      response[match.version === 2 ? 'keyFetchTokenVersion2' : 'keyFetchToken'] =
        await createKeyFetchToken(deps, account, {
          sessionId: s.id,
          verifiedAtIssue: false,
          kA: account.kA,
          wrapKb: match.wrapKb,
        });
    }
    return c.json(response);
  });

  return r;
}
