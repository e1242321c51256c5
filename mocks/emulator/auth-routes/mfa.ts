// Step-up verification (mozilla/fxa `packages/fxa-auth-server/lib/routes/mfa.ts`): a verified
// session asks for a 6-digit code emailed to the primary address (`/mfa/otp/request`), and trades
// it for a JWT (`/mfa/otp/verify`) that the `/mfa/*` routes take as `Authorization: Bearer`.
// `requireMfa` is upstream's `mfa` auth strategy (`lib/routes/auth-schemes/mfa.ts`); facts in
// /work/shared/reference/recovery-2fa-mfa.md §4.
//
// Upstream derives the code as a TOTP over `<uid>-<emailCode>-<sessionTokenId>-<action>` (step
// 300 s); the emulator stores one random code per (session, action) for 5 minutes instead: the
// same observable binding and lifetime.

import { Hono } from 'hono';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { accountAal, sessionAal } from '../aal.ts';
import { type Ctx, type Deps, type EmulatorEnv, jsonBody, requireSession } from '../context.ts';
import { AuthErrors } from '../errors.ts';
import { tokenAuth } from '../hawk-auth.ts';
import { deliver, sixDigitCode } from '../mailer.ts';
import { randomBytes } from '../server-crypto.ts';
import type { Account, EmulatorState, PendingCode, SessionRecord } from '../state.ts';
import { parseFields, v } from '../validate.ts';

/** upstream config `mfa.actions` (plus `passkey`, which this app does not use yet). */
export const MFA_ACTIONS = ['2fa', 'email', 'recovery_key', 'password', 'passkey'] as const;
export type MfaScopeAction = (typeof MFA_ACTIONS)[number];

/** upstream config `mfa.jwt` and `mfa.otp` (step 300 s × window 1 = 5 minutes). */
export const MFA_JWT = { expiresInSec: 600, audience: 'fxa', issuer: 'accounts.firefox.com' };
const OTP_TTL_MS = 5 * 60 * 1000;

/** Per emulator state: the HS256 key (upstream's MFA__JWT__KEY) and the codes handed out. */
type MfaStore = { key: Uint8Array; codes: Map<string, PendingCode> };
const stores = new WeakMap<EmulatorState, MfaStore>();
function storeOf(state: EmulatorState): MfaStore {
  let store = stores.get(state);
  if (!store) {
    store = { key: randomBytes(32), codes: new Map() };
    stores.set(state, store);
  }
  return store;
}
const codeKey = (session: SessionRecord, action: string) => `${session.id}:${action}`;

/** Account AAL 2 once TOTP is set up; session AAL 2 when it was confirmed with a second factor. */
export { accountAal, sessionAal };

/** The checks of upstream's `verifiedSessionToken` strategy after the token itself: 104, 138, 222. */
function requireVerified(state: EmulatorState, session: SessionRecord, account: Account) {
  if (!state.emailVerified(account)) throw AuthErrors.unverifiedAccount();
  if (!session.verified) throw AuthErrors.unverifiedSession();
  if (sessionAal(session) < accountAal(account)) throw AuthErrors.insufficientAal();
}

/**
 * upstream's `mfa` auth strategy for a route with scope `mfa:<action>`: a Bearer JWT (HS256, aud,
 * iss, exp), the scope, then the session it names (`stid`) must exist, belong to `sub`, and pass
 * the verified-session checks. The route acts as that session.
 */
export async function requireMfa(
  c: Ctx,
  deps: Deps,
  action: MfaScopeAction,
): Promise<{ session: SessionRecord; account: Account }> {
  const { state } = deps;
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer ([^\s]+)$/.exec(header);
  if (!match?.[1]) throw AuthErrors.invalidToken('Bearer token not provided');
  let claims: { sub?: unknown; scope?: unknown; stid?: unknown };
  try {
    ({ payload: claims } = await jwtVerify(match[1], storeOf(state).key, {
      algorithms: ['HS256'],
      audience: MFA_JWT.audience,
      issuer: MFA_JWT.issuer,
      currentDate: new Date(state.now()),
    }));
  } catch (e) {
    if (e instanceof joseErrors.JOSEError) throw AuthErrors.invalidMfaToken();
    throw e;
  }
  const { sub, scope, stid } = claims;
  if (typeof sub !== 'string' || !Array.isArray(scope) || typeof stid !== 'string') {
    throw AuthErrors.invalidMfaToken();
  }
  const need = `mfa:${action}`;
  if (!scope.includes(need)) throw AuthErrors.insufficientScope(scope.map(String), need);
  const session = state.sessions.get(stid);
  const account = session && state.accounts.get(session.uid);
  if (!session || !account || session.uid !== sub) throw AuthErrors.invalidToken();
  requireVerified(state, session, account);
  session.lastAccessTime = state.now();
  c.set('session', session);
  return { session, account };
}

export function mfaRoutes(deps: Deps) {
  const { state } = deps;
  const r = new Hono<EmulatorEnv>();
  // upstream: strategies ['verifiedSessionTokenBearer', 'verifiedSessionToken'].
  const verifiedSession = tokenAuth(deps, 'sessionToken', { verified: true });
  const sessionAndAccount = (c: Ctx) => {
    const session = requireSession(c);
    const account = state.accounts.get(session.uid) as Account;
    requireVerified(state, session, account);
    return { session, account };
  };

  r.post('/mfa/otp/request', verifiedSession, async (c) => {
    const { session, account } = sessionAndAccount(c);
    const { action } = parseFields(await jsonBody(c), { action: v.oneOf(...MFA_ACTIONS) }, 'auth');
    const pending: PendingCode = {
      code: sixDigitCode(),
      linkCode: '',
      expiresAt: state.now() + OTP_TTL_MS,
    };
    storeOf(state).codes.set(codeKey(session, action), pending);
    deliver(deps, state.primaryEmail(account).email, 'verify-account-change', account.uid, pending);
    return c.json({ status: 'success' });
  });

  r.post('/mfa/otp/verify', verifiedSession, async (c) => {
    const { session, account } = sessionAndAccount(c);
    const { code, action } = parseFields(
      await jsonBody(c),
      { code: v.string({ pattern: /^\d{6}$/ }), action: v.oneOf(...MFA_ACTIONS) },
      'auth',
    );
    const pending = storeOf(state).codes.get(codeKey(session, action));
    if (!pending || pending.expiresAt < state.now() || pending.code !== code) {
      throw AuthErrors.invalidOrExpiredOtpCode();
    }
    const iat = state.nowSec();
    const accessToken = await new SignJWT({
      scope: [`mfa:${action}`],
      stid: session.id,
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(account.uid)
      .setIssuedAt(iat)
      .setJti(crypto.randomUUID())
      .setExpirationTime(iat + MFA_JWT.expiresInSec)
      .setAudience(MFA_JWT.audience)
      .setIssuer(MFA_JWT.issuer)
      .sign(storeOf(state).key);
    return c.json({ accessToken });
  });

  return r;
}
