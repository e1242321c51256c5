// Password change: /password/change/start (old authPW → keyFetchToken + passwordChangeToken) and
// /password/change/finish (passwordChangeToken; new authPW + wrapKb; every old session is revoked
// and, when the current session id is sent, a fresh verified session replaces it).
// mozilla/fxa `lib/routes/password.ts`; flow in protocol.md §3 "Change-password flow".

import { Hono } from 'hono';
import { type Deps, type EmulatorEnv, jsonBody } from '../context.ts';
import { AuthErrors } from '../errors.ts';
import { tokenAuth } from '../hawk-auth.ts';
import { makeVerifier } from '../password.ts';
import { isClientSaltV2 } from '../server-crypto.ts';
import type { Account } from '../state.ts';
import { createKeyFetchToken, createPasswordChangeToken, createSession } from '../tokens.ts';
import { parseFields, queryRecord, v } from '../validate.ts';
import { verifyAuthPW } from './account.ts';

const opt = v.optional;

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
      {
        authPW: v.hex(32),
        wrapKb: v.hex(32),
        sessionToken: opt(v.hex(32)),
        authPWVersion2: opt(v.hex(32)),
        wrapKbVersion2: opt(v.hex(32)),
        clientSalt: opt(v.string({ max: 128 })),
        metricsContext: opt(v.object()),
      },
      'auth',
    );
    const v2 = [body.authPWVersion2, body.wrapKbVersion2, body.clientSalt];
    if (v2.some((x) => x !== undefined) && v2.some((x) => x === undefined)) {
      throw AuthErrors.invalidParameter(['authPWVersion2', 'wrapKbVersion2', 'clientSalt']);
    }
    if (body.clientSalt !== undefined && !isClientSaltV2(body.clientSalt)) {
      throw AuthErrors.invalidParameter(['clientSalt']);
    }
    const current = body.sessionToken ? state.sessions.get(body.sessionToken) : undefined;
    if (body.sessionToken && (!current || current.uid !== account.uid)) {
      throw AuthErrors.invalidToken();
    }
    state.passwordChangeTokens.delete(pct.id);

    account.passwordV1 = await makeVerifier(body.authPW, body.wrapKb);
    account.passwordV2 =
      body.authPWVersion2 && body.wrapKbVersion2 && body.clientSalt
        ? await makeVerifier(body.authPWVersion2, body.wrapKbVersion2, body.clientSalt)
        : null;
    account.passwordCreatedAt = state.now();
    for (const s of state.sessionsOf(account.uid)) state.destroySession(s.id);
    if (!current) return c.json({});
    return c.json(
      await replacementSession(deps, account, c.req.url, body.wrapKb, current.userAgent),
    );
  });

  return r;
}

async function replacementSession(
  deps: Deps,
  account: Account,
  url: string,
  wrapKb: string,
  userAgent: string,
) {
  const { token, session } = await createSession(deps, account, { verified: true, userAgent });
  const response: Record<string, unknown> = {
    uid: account.uid,
    sessionToken: token,
    verified: deps.state.emailVerified(account),
    authAt: session.authAt,
  };
  if (queryRecord(url).keys === 'true') {
    response.keyFetchToken = await createKeyFetchToken(deps, account, {
      sessionId: session.id,
      verifiedAtIssue: true,
      kA: account.kA,
      wrapKb,
    });
  }
  return response;
}
