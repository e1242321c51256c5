// Account lifecycle: /account/status, /account/create, /account/login, /account/destroy,
// /account/credentials/status. Request fields and responses per mozilla/fxa
// `packages/fxa-auth-server/lib/routes/account.ts` and docs/api.md (protocol.md §3).

import { Hono } from 'hono';
import { accountAal, hasTotp, sessionAal } from '../aal.ts';
import { createAccount } from '../accounts.ts';
import { type Deps, type EmulatorEnv, jsonBody } from '../context.ts';
import { AuthErrors } from '../errors.ts';
import { tokenAuth } from '../hawk-auth.ts';
import { deliver, newPendingCode } from '../mailer.ts';
import { checkPassword } from '../password.ts';
import { isClientSaltV2 } from '../server-crypto.ts';
import type { Account } from '../state.ts';
import { createKeyFetchToken, createSession } from '../tokens.ts';
import { checkSigninBlock, UNBLOCK_CODE } from '../unblock-codes.ts';
import { parseFields, queryRecord, v } from '../validate.ts';

const opt = v.optional;

/** Fields clients send for metrics/flow; accepted and ignored, as upstream mostly does. */
const FLOW_FIELDS = {
  service: opt(v.string({ max: 16 })),
  redirectTo: opt(v.url()),
  resume: opt(v.string({ max: 2048 })),
  metricsContext: opt(v.object()),
  style: opt(v.string({ max: 32 })),
  verificationMethod: opt(v.oneOf('email', 'email-otp', 'email-2fa', 'email-captcha', 'totp-2fa')),
};

const V2_FIELDS = {
  authPWVersion2: opt(v.hex(32)),
  wrapKb: opt(v.hex(32)),
  wrapKbVersion2: opt(v.hex(32)),
  clientSalt: opt(v.string({ max: 128 })),
};

function wantsKeys(url: string): boolean {
  return queryRecord(url).keys === 'true';
}

/** Which verifier authPW matches (v1 first, then v2) and the wrapKb it unlocks. */
export async function verifyAuthPW(
  account: Account,
  authPW: string,
): Promise<{ version: 1 | 2; wrapKb: string } | null> {
  const v1 = await checkPassword(account.passwordV1, authPW);
  if (v1) return { version: 1, wrapKb: v1 };
  const v2 = account.passwordV2 && (await checkPassword(account.passwordV2, authPW));
  return v2 ? { version: 2, wrapKb: v2 } : null;
}

export function accountRoutes(deps: Deps) {
  const { state } = deps;
  const r = new Hono<EmulatorEnv>();

  r.post('/account/status', async (c) => {
    const body = parseFields(
      await jsonBody(c),
      {
        email: v.email(),
        thirdPartyAuthStatus: opt(v.boolean()),
        checkDomain: opt(v.boolean()),
        clientId: opt(v.hex(8)),
        service: opt(v.string({ max: 64 })),
        metricsContext: opt(v.object()),
      },
      'auth',
    );
    const found = state.findByEmail(body.email);
    const exists = Boolean(found?.record.isPrimary);
    return c.json({
      exists,
      ...(body.thirdPartyAuthStatus ? { hasLinkedAccount: false, hasPassword: exists } : {}),
    });
  });

  // upstream auth `{mode: 'optional', strategy: 'sessionToken'}`: a session answers for its own
  // account (fxa-auth-client accountStatus sends no uid then); otherwise `?uid=` is required.
  r.get('/account/status', tokenAuth(deps, 'sessionToken', { optional: true }), (c) => {
    const session = c.get('session');
    if (session) {
      const account = state.accounts.get(session.uid) as Account;
      return c.json({ exists: true, locale: account.locale });
    }
    const uid = c.req.query('uid') ?? '';
    if (!/^[0-9a-f]{32}$/.test(uid)) throw AuthErrors.missingParameter('uid');
    return c.json({ exists: state.accounts.has(uid) });
  });

  r.post('/account/credentials/status', async (c) => {
    const { email } = parseFields(await jsonBody(c), { email: v.email() }, 'auth');
    const found = state.findByEmail(email);
    if (!found) throw AuthErrors.unknownAccount(email);
    const v2 = found.account.passwordV2;
    return c.json({
      upgradeNeeded: false,
      currentVersion: v2 ? 'v2' : 'v1',
      ...(v2?.clientSalt ? { clientSalt: v2.clientSalt } : {}),
    });
  });

  r.post('/account/create', async (c) => {
    const body = parseFields(
      await jsonBody(c),
      {
        email: v.email(),
        authPW: v.hex(32),
        preVerified: opt(v.boolean()),
        atLeast18AtReg: opt(v.any()),
        ...FLOW_FIELDS,
        ...V2_FIELDS,
      },
      'auth',
    );
    // Joi `.and()`: the v2 credential fields come all together or not at all.
    const v2Keys = ['authPWVersion2', 'wrapKb', 'wrapKbVersion2', 'clientSalt'] as const;
    const present = v2Keys.filter((k) => body[k] !== undefined);
    if (present.length && present.length !== v2Keys.length) {
      throw AuthErrors.invalidParameter(v2Keys.filter((k) => body[k] === undefined));
    }
    if (body.clientSalt !== undefined && !isClientSaltV2(body.clientSalt)) {
      throw AuthErrors.invalidParameter(['clientSalt']);
    }
    if (state.findByEmail(body.email)) throw AuthErrors.accountExists(body.email);
    const preVerified = body.preVerified === true;
    const account = await createAccount(deps, {
      email: body.email,
      authPW: body.authPW,
      ...(body.wrapKb ? { wrapKb: body.wrapKb } : {}),
      ...(body.authPWVersion2 && body.clientSalt && body.wrapKbVersion2
        ? {
            v2: {
              authPW: body.authPWVersion2,
              clientSalt: body.clientSalt,
              wrapKbVersion2: body.wrapKbVersion2,
            },
          }
        : {}),
      verified: preVerified,
    });
    const { token, session } = await createSession(deps, account, {
      verified: preVerified,
      userAgent: c.req.header('user-agent') ?? '',
    });
    const response: Record<string, unknown> = {
      uid: account.uid,
      sessionToken: token,
      authAt: session.authAt,
    };
    if (wantsKeys(c.req.url)) {
      const wrapKb = (await checkPassword(account.passwordV1, body.authPW)) as string;
      response.keyFetchToken = await createKeyFetchToken(deps, account, {
        sessionId: session.id,
        verifiedAtIssue: false,
        kA: account.kA,
        wrapKb,
      });
      if (account.passwordV2 && body.authPWVersion2) {
        const wrapKb2 = (await checkPassword(account.passwordV2, body.authPWVersion2)) as string;
        response.keyFetchTokenVersion2 = await createKeyFetchToken(deps, account, {
          sessionId: session.id,
          verifiedAtIssue: false,
          kA: account.kA,
          wrapKb: wrapKb2,
        });
      }
    }
    if (!preVerified) response.verificationMethod = 'email-otp';
    return c.json(response);
  });

  r.post('/account/login', async (c) => {
    const body = parseFields(
      await jsonBody(c),
      {
        email: v.email(),
        authPW: v.hex(32),
        reason: opt(v.string({ max: 16 })),
        // signin.js validators.UNBLOCK_CODE: BASE_36, length signinUnblock.codeLength (8).
        unblockCode: opt(v.string({ pattern: UNBLOCK_CODE })),
        originalLoginEmail: opt(v.email()),
        // fxa-auth-client SignInOptions: false when the client sends the code itself on the
        // code screen (/session/resend_code); omitted means true.
        sendSigninVerificationEmail: opt(v.boolean()),
        ...FLOW_FIELDS,
      },
      'auth',
    );
    const found = state.findByEmail(body.email);
    if (!found) throw AuthErrors.unknownAccount(body.email);
    const { account, record } = found;
    // Customs first (checkCustomsAndLoadAccount): a blocked sign-in needs a valid unblock code.
    const didSigninUnblock = checkSigninBlock(deps, account.uid, body.unblockCode);
    if (!record.isPrimary && record.normalized !== account.email.toLowerCase()) {
      throw AuthErrors.cannotLoginWithSecondaryEmail();
    }
    const match = await verifyAuthPW(account, body.authPW);
    if (!match) throw AuthErrors.incorrectPassword(account.email, body.email);

    // account.ts login(): asking for totp-2fa without two-step authentication is errno 160; with
    // it, every login must pass the second step and no emailed code is sent.
    const twoStep = hasTotp(account);
    if (body.verificationMethod === 'totp-2fa' && !twoStep) throw AuthErrors.totpRequired();
    const primary = state.primaryEmail(account);
    const emailVerified = primary.verified;
    // An unblocked sign-in has proven the inbox: its session is verified (createSessionToken);
    // an account with two-step authentication still owes its second step.
    const needsLoginCode =
      emailVerified && state.config.loginVerification && !didSigninUnblock && !twoStep;
    if (didSigninUnblock) state.signinBlocked.delete(account.uid);
    if (!emailVerified) {
      // An unconfirmed sign-up signing in again gets its sign-up code (again).
      if (!primary.pending || primary.pending.expiresAt < state.now()) {
        primary.pending = newPendingCode(deps);
      }
      deliver(deps, primary.email, 'verify-signup', account.uid, primary.pending);
    }
    const { token, session } = await createSession(deps, account, {
      verified: emailVerified && !needsLoginCode && !twoStep,
      sendLoginCode: needsLoginCode && body.sendSigninVerificationEmail !== false,
      userAgent: c.req.header('user-agent') ?? '',
    });
    if (twoStep) session.verificationMethod = 'totp-2fa';
    const sessionVerified = session.verified;
    const response: Record<string, unknown> = {
      uid: account.uid,
      sessionToken: token,
      authAt: session.authAt,
      metricsEnabled: account.metricsEnabled,
      verified: emailVerified && sessionVerified,
      emailVerified,
      sessionVerified,
    };
    if (!(emailVerified && sessionVerified)) {
      response.verificationMethod = twoStep ? 'totp-2fa' : 'email-otp';
      response.verificationReason = emailVerified ? 'login' : 'signup';
    }
    if (wantsKeys(c.req.url)) {
      const keyFetchToken = await createKeyFetchToken(deps, account, {
        sessionId: session.id,
        verifiedAtIssue: false,
        kA: account.kA,
        wrapKb: match.wrapKb,
      });
      response[match.version === 2 ? 'keyFetchTokenVersion2' : 'keyFetchToken'] = keyFetchToken;
    }
    return c.json(response);
  });

  r.post('/account/destroy', tokenAuth(deps, 'sessionToken', { optional: true }), async (c) => {
    const body = parseFields(await jsonBody(c), { email: v.email(), authPW: v.hex(32) }, 'auth');
    const found = state.findByEmail(body.email);
    if (!found) throw AuthErrors.unknownAccount(body.email);
    const { account } = found;
    const session = c.get('session');
    if (session && session.uid !== account.uid) throw AuthErrors.invalidToken();
    if (session && !session.verified) throw AuthErrors.unverifiedSession();
    // account.ts destroy(): an account with two-step authentication needs an AAL2 session.
    if (session && sessionAal(session) < accountAal(account)) throw AuthErrors.insufficientAal();
    if (!(await verifyAuthPW(account, body.authPW))) {
      throw AuthErrors.incorrectPassword(account.email, body.email);
    }
    state.destroyAccount(account.uid);
    return c.json({});
  });

  return r;
}
