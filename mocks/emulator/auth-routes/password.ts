// Password change. Settings uses `/mfa/password/change` (step-up JWT, scope `mfa:password`: old
// authPW re-checked, new authPW + wrapKb); the legacy pair `/password/change/start` (old authPW →
// keyFetchToken + passwordChangeToken) and `/password/change/finish` (passwordChangeToken) is still
// served for the v1→v2 key-stretching upgrade during sign-in. A change revokes every session and
// returns a new one that is only as verified as the session it replaces (an unconfirmed session
// must not come back confirmed); an upgrade (same v1 password, first v2 credentials) keeps the
// sessions. mozilla/fxa `packages/fxa-auth-server/lib/routes/password.ts` and its
// `test/local/routes/password.js` ("/mfa/password/change"); reference recovery-2fa-mfa.md §6.

import { Hono } from 'hono';
import { type Deps, type EmulatorEnv, jsonBody } from '../context.ts';
import { AuthErrors } from '../errors.ts';
import { tokenAuth } from '../hawk-auth.ts';
import { checkPassword, makeVerifier } from '../password.ts';
import { isClientSaltV2 } from '../server-crypto.ts';
import type { Account, SessionRecord } from '../state.ts';
import { createKeyFetchToken, createPasswordChangeToken, createSession } from '../tokens.ts';
import { parseFields, queryRecord, v } from '../validate.ts';
import { verifyAuthPW } from './account.ts';
import { accountAal, requireMfa, sessionAal } from './mfa.ts';

const opt = v.optional;

/** The new credentials both change routes take (v2 trio all-or-none, Joi `.and`). */
const newCredentials = {
  authPW: v.hex(32),
  wrapKb: v.hex(32),
  authPWVersion2: opt(v.hex(32)),
  wrapKbVersion2: opt(v.hex(32)),
  clientSalt: opt(v.string({ max: 128 })),
};
type NewCredentials = {
  authPW: string;
  wrapKb: string;
  authPWVersion2?: string | undefined;
  wrapKbVersion2?: string | undefined;
  clientSalt?: string | undefined;
};

function checkV2(body: NewCredentials) {
  const v2 = [body.authPWVersion2, body.wrapKbVersion2, body.clientSalt];
  if (v2.some((x) => x !== undefined) && v2.some((x) => x === undefined)) {
    throw AuthErrors.invalidParameter(['authPWVersion2', 'wrapKbVersion2', 'clientSalt']);
  }
  if (body.clientSalt !== undefined && !isClientSaltV2(body.clientSalt)) {
    throw AuthErrors.invalidParameter(['clientSalt']);
  }
}

/**
 * Stores the new verifiers. Upstream's `isPasswordUpgrade` (v2 credentials sent, none stored yet,
 * and the v1 authPW unchanged) keeps every token; any other change revokes every session.
 */
async function changePassword(deps: Deps, account: Account, body: NewCredentials) {
  const { state } = deps;
  const isPasswordUpgrade =
    body.authPWVersion2 !== undefined &&
    !account.passwordV2 &&
    (await checkPassword(account.passwordV1, body.authPW)) !== null;
  account.passwordV1 = await makeVerifier(body.authPW, body.wrapKb);
  account.passwordV2 =
    body.authPWVersion2 && body.wrapKbVersion2 && body.clientSalt
      ? await makeVerifier(body.authPWVersion2, body.wrapKbVersion2, body.clientSalt)
      : null;
  account.passwordCreatedAt = state.now();
  if (!isPasswordUpgrade) {
    for (const s of state.sessionsOf(account.uid)) state.destroySession(s.id);
  }
}

/**
 * The session that replaces `previous`: verified only if `previous` was, with its verification
 * method (so an AAL2 session stays AAL2; upstream createSessionToken + verifyTokensWithMethod).
 */
async function replacementSession(
  deps: Deps,
  account: Account,
  previous: SessionRecord,
  url: string,
  body: NewCredentials,
) {
  const { state } = deps;
  const { token, session } = await createSession(deps, account, {
    verified: previous.verified,
    userAgent: previous.userAgent,
  });
  if (previous.verified) session.verificationMethod = previous.verificationMethod;
  const verified = state.emailVerified(account) && session.verified;
  const response: Record<string, unknown> = {
    uid: account.uid,
    sessionToken: token,
    verified,
    sessionVerified: session.verified,
    authAt: session.authAt,
  };
  if (queryRecord(url).keys === 'true') {
    // Deliberately verified (no second confirmation loop), as upstream creates them.
    const kft = (wrapKb: string) =>
      createKeyFetchToken(deps, account, {
        sessionId: null,
        verifiedAtIssue: state.emailVerified(account),
        kA: account.kA,
        wrapKb,
      });
    response.keyFetchToken = await kft(body.wrapKb);
    if (body.wrapKbVersion2) response.keyFetchToken2 = await kft(body.wrapKbVersion2);
  }
  return response;
}

export function passwordRoutes(deps: Deps) {
  const { state } = deps;
  const r = new Hono<EmulatorEnv>();

  // No auth required upstream; current clients still attach their session header, which is fine.
  r.post('/password/change/start', async (c) => {
    const body = parseFields(
      await jsonBody(c),
      { email: v.email(), oldAuthPW: v.hex(32), metricsContext: opt(v.object()) },
      'auth',
    );
    const found = state.findByEmail(body.email);
    if (!found) throw AuthErrors.unknownAccount(body.email);
    const { account } = found;
    const match = await verifyAuthPW(account, body.oldAuthPW);
    if (!match) throw AuthErrors.incorrectPassword(account.email, body.email);
    const verified = state.emailVerified(account);
    const keyFetchToken = await createKeyFetchToken(deps, account, {
      sessionId: null,
      verifiedAtIssue: verified,
      kA: account.kA,
      wrapKb: match.wrapKb,
    });
    return c.json({
      [match.version === 2 ? 'keyFetchToken2' : 'keyFetchToken']: keyFetchToken,
      passwordChangeToken: await createPasswordChangeToken(deps, account),
      verified,
    });
  });

  r.post('/password/change/finish', tokenAuth(deps, 'passwordChangeToken'), async (c) => {
    const pct = c.get('passwordChangeToken');
    const account = pct && state.accounts.get(pct.uid);
    if (!pct || !account) throw AuthErrors.invalidToken();
    const body = parseFields(
      await jsonBody(c),
      { ...newCredentials, sessionToken: opt(v.hex(32)), metricsContext: opt(v.object()) },
      'auth',
    );
    checkV2(body);
    const current = body.sessionToken ? state.sessions.get(body.sessionToken) : undefined;
    if (body.sessionToken && (!current || current.uid !== account.uid)) {
      throw AuthErrors.invalidToken();
    }
    // A TOTP account must name an AAL2 session (upstream checkTotpToken / 138).
    if (accountAal(account) === 2 && (!current || sessionAal(current) < 2)) {
      throw AuthErrors.unverifiedSession();
    }
    state.passwordChangeTokens.delete(pct.id);
    await changePassword(deps, account, body);
    // Without a session id upstream answers a legacy `{}`: no session, nothing verified.
    if (!current) return c.json({});
    return c.json(await replacementSession(deps, account, current, c.req.url, body));
  });

  r.post('/mfa/password/change', async (c) => {
    const { session, account } = await requireMfa(c, deps, 'password');
    const body = parseFields(
      await jsonBody(c),
      { email: v.email(), oldAuthPW: v.hex(32), ...newCredentials },
      'auth',
    );
    checkV2(body);
    // The payload names the sign-up email (the v1 salt); another address is 120 with the right one.
    if (body.email !== account.email) throw AuthErrors.incorrectPassword(account.email, body.email);
    if (!(await verifyAuthPW(account, body.oldAuthPW))) {
      throw AuthErrors.incorrectPassword(account.email, body.email);
    }
    if (accountAal(account) === 2 && sessionAal(session) < 2) {
      throw AuthErrors.unverifiedSession();
    }
    await changePassword(deps, account, body);
    return c.json(await replacementSession(deps, account, session, c.req.url, body));
  });

  return r;
}
