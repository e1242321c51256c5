// POST /account/reset[?keys=true] with the single-use accountResetToken: new onepw credentials
// (v1, and v2 when sent), kB kept when the client re-wraps it with a recovery key (the key is then
// used up) or replaced otherwise, and everything that signed in before is ended: sessions, devices,
// key-fetch and reset tokens, OAuth tokens and codes (`db.resetAccount`, `removeTokensAndCodes`).
// mozilla/fxa `packages/fxa-auth-server/lib/routes/account.ts` (`reset`), validators.ts;
// /work/shared/reference/recovery-2fa-mfa.md §1.2–1.4.

import { Hono } from 'hono';
import { type Deps, type EmulatorEnv, jsonBody } from '../context.ts';
import { AuthErrors } from '../errors.ts';
import { tokenAuth } from '../hawk-auth.ts';
import { makeVerifier } from '../password.ts';
import { isClientSaltV2, randomHex } from '../server-crypto.ts';
import type { Account, EmulatorState, SessionVerificationMethod } from '../state.ts';
import { createKeyFetchToken, createSession } from '../tokens.ts';
import { parseFields, queryRecord, v } from '../validate.ts';

const opt = v.optional;

/** Ends every credential of the account, as upstream's resetAccount + removeTokensAndCodes. */
export function endEverySignIn(state: EmulatorState, uid: string): void {
  for (const s of state.sessionsOf(uid)) state.destroySession(s.id);
  for (const d of state.devicesOf(uid)) state.destroyDevice(d.id);
  const maps: Map<string, { uid: string }>[] = [
    state.keyFetchTokens,
    state.passwordChangeTokens,
    state.passwordForgotTokens,
    state.accountResetTokens,
    state.codes,
    state.accessTokens,
    state.refreshTokens,
  ];
  for (const m of maps) {
    for (const [k, rec] of m) if (rec.uid === uid) m.delete(k);
  }
}

/** A TOTP account is AAL2: its new session needs the second factor the reset was checked with. */
function hasVerifiedTotp(account: Account): boolean {
  return Boolean(account.totp?.verified && account.totp.enabled);
}

export function accountResetRoutes(deps: Deps) {
  const { state } = deps;
  const r = new Hono<EmulatorEnv>();

  r.post('/account/reset', tokenAuth(deps, 'accountResetToken'), async (c) => {
    const art = c.get('accountResetToken');
    const account = art && state.accounts.get(art.uid);
    if (!art || !account) throw AuthErrors.invalidToken();
    // Single use, spent even when the request then fails (docs/swagger/account-api.ts).
    state.accountResetTokens.delete(art.id);
    const body = parseFields(
      await jsonBody(c),
      {
        authPW: v.hex(32),
        authPWVersion2: opt(v.hex(32)),
        wrapKb: opt(v.hex(32)),
        wrapKbVersion2: opt(v.hex(32)),
        clientSalt: opt(v.string({ max: 128 })),
        recoveryKeyId: opt(v.string({ min: 1, max: 32, pattern: /^[0-9a-f]+$/ })),
        sessionToken: opt(v.boolean()),
        isFirefoxMobileClient: opt(v.boolean()),
        metricsContext: opt(v.object()),
      },
      'auth',
    );
    // Joi: v2 needs all of wrapKb, wrapKbVersion2 and clientSalt; v1 pairs wrapKb with recoveryKeyId.
    if (body.authPWVersion2 !== undefined) {
      const missing = (['wrapKb', 'wrapKbVersion2', 'clientSalt'] as const).filter(
        (k) => body[k] === undefined,
      );
      if (missing.length) throw AuthErrors.invalidParameter(missing);
      if (!isClientSaltV2(body.clientSalt)) throw AuthErrors.invalidParameter(['clientSalt']);
    } else if ((body.wrapKb === undefined) !== (body.recoveryKeyId === undefined)) {
      throw AuthErrors.invalidParameter(['wrapKb', 'recoveryKeyId']);
    } else if (body.wrapKbVersion2 !== undefined || body.clientSalt !== undefined) {
      throw AuthErrors.invalidParameter(['authPWVersion2']);
    }
    const wantsKeys = queryRecord(c.req.url).keys === 'true';
    if (wantsKeys && body.sessionToken !== true) throw AuthErrors.missingParameter('sessionToken');

    const usingRecoveryKey = body.recoveryKeyId !== undefined;
    if (usingRecoveryKey) {
      const key = account.recoveryKey;
      if (!key?.enabled) throw AuthErrors.recoveryKeyNotFound();
      if (key.recoveryKeyId !== body.recoveryKeyId) throw AuthErrors.recoveryKeyInvalid();
    }
    // Without a recovery key and without v2, the server draws the new kB (a random wrapKb).
    const wrapKb = body.wrapKb ?? randomHex(32);
    account.passwordV1 = await makeVerifier(body.authPW, wrapKb);
    account.passwordV2 =
      body.authPWVersion2 && body.wrapKbVersion2 && body.clientSalt
        ? await makeVerifier(body.authPWVersion2, body.wrapKbVersion2, body.clientSalt)
        : null;
    account.passwordCreatedAt = state.now();
    if (!usingRecoveryKey) account.keysChangedAt = state.now();
    // The key has done its job; the client offers a new one (recovery_keys.md).
    if (usingRecoveryKey) account.recoveryKey = null;
    endEverySignIn(state, account.uid);

    if (body.sessionToken !== true) return c.json({});

    // A reset proves the email; with two-step on, the second factor the reset was checked with
    // (or the recovery key, counted as totp-2fa) carries over, else the session waits for TOTP.
    let method: SessionVerificationMethod | null = art.verificationMethod;
    if (!method && usingRecoveryKey && hasVerifiedTotp(account)) method = 'totp-2fa';
    const verified = !hasVerifiedTotp(account) || method !== null;
    const { token, session } = await createSession(deps, account, {
      verified,
      userAgent: c.req.header('user-agent') ?? '',
    });
    session.verificationMethod = verified ? method : 'totp-2fa';
    const response: Record<string, unknown> = {
      uid: account.uid,
      sessionToken: token,
      verified: state.emailVerified(account) && verified,
      authAt: session.authAt,
    };
    if (!verified) {
      response.verificationMethod = 'totp-2fa';
      response.verificationReason = 'login';
    }
    if (wantsKeys) {
      response.keyFetchToken = await createKeyFetchToken(deps, account, {
        sessionId: session.id,
        verifiedAtIssue: verified,
        kA: account.kA,
        wrapKb,
      });
      if (body.wrapKbVersion2) {
        response.keyFetchTokenVersion2 = await createKeyFetchToken(deps, account, {
          sessionId: session.id,
          verifiedAtIssue: verified,
          kA: account.kA,
          wrapKb: body.wrapKbVersion2,
        });
      }
    }
    return c.json(response);
  });

  return r;
}
