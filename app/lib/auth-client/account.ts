// Account endpoints: status, onepw sign-up / sign-in (v1 by default; v2 negotiated through
// /account/credentials/status when configured), destroy, keys, profile and the consolidated
// GET /account. Sign-in and destroy retry once on errno 120 with the server's email.
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-client/lib/client.ts ·
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-server/docs/api.md ·
// /work/shared/reference/protocol.md §1, §3

import { getConfig } from '../../config.ts';
import { randomHex } from '../crypto/bytes.ts';
import { unbundleKeyFetchResponse } from '../crypto/key-bundle.ts';
import {
  type Credentials,
  createClientSaltV2,
  deriveCredentialsV1,
  deriveCredentialsV2,
  isClientSaltV2,
  kbFromWrapKb,
  wrapKbFromKb,
} from '../crypto/onepw.ts';
import { retryOnIncorrectEmailCase } from './email-case.ts';
import { ERRNO, isAuthServerError } from './errors.ts';
import {
  apiRequest,
  type CallOptions,
  type JsonObject,
  requireHex,
  unexpectedResponse,
  withKeys,
} from './http.ts';

export type VerificationMethod = 'email' | 'email-otp' | 'email-2fa' | 'email-captcha' | 'totp-2fa';

export interface MetricsContext {
  deviceId?: string;
  flowId?: string;
  flowBeginTime?: number;
  [key: string]: string | number | undefined;
}

// ---- status ---------------------------------------------------------------------------------

export interface AccountStatus {
  exists: boolean;
  hasLinkedAccount?: boolean;
  hasPassword?: boolean;
  invalidDomain?: boolean;
}

/** POST /account/status — does an account exist for this email (email-first). */
export async function accountStatus(
  email: string,
  options: { thirdPartyAuthStatus?: boolean; clientId?: string; service?: string } = {},
  call?: CallOptions,
): Promise<AccountStatus> {
  const res = await apiRequest(
    { method: 'POST', path: '/account/status', body: { email, ...options } },
    call,
  );
  if (typeof res.exists !== 'boolean') throw unexpectedResponse('Missing exists');
  return res as unknown as AccountStatus;
}

export interface CredentialStatus {
  upgradeNeeded: boolean;
  currentVersion?: 'v1' | 'v2';
  clientSalt?: string;
}

/** POST /account/credentials/status — which stretching the account uses. Unknown account → v1. */
export async function credentialsStatus(
  email: string,
  call?: CallOptions,
): Promise<CredentialStatus> {
  try {
    return await apiRequest<CredentialStatus>(
      { method: 'POST', path: '/account/credentials/status', body: { email } },
      call,
    );
  } catch (err) {
    if (isAuthServerError(err, ERRNO.UNKNOWN_ACCOUNT)) return { upgradeNeeded: false };
    throw err;
  }
}

// ---- sign-in ---------------------------------------------------------------------------------

export interface SignInOptions {
  keys?: boolean;
  service?: string;
  reason?: 'login' | 'reconnect';
  redirectTo?: string;
  resume?: string;
  unblockCode?: string;
  verificationMethod?: VerificationMethod;
  metricsContext?: MetricsContext;
  originalLoginEmail?: string;
  /** v2 mode: do not upgrade a v1 account to v2 after signing in. */
  skipPasswordUpgrade?: boolean;
}

export interface SignedInAccountData {
  uid: string;
  sessionToken: string;
  authAt: number;
  /** Deprecated upstream: emailVerified && sessionVerified. */
  verified: boolean;
  emailVerified?: boolean;
  sessionVerified?: boolean;
  metricsEnabled?: boolean;
  verificationMethod?: string;
  verificationReason?: string;
  /** With `keys`: a single-use token for GET /account/keys, and the unwrapBKey that pairs with it. */
  keyFetchToken?: string;
  unwrapBKey?: string;
  /** The email actually signed in with (the canonical one after an errno 120 retry). */
  email: string;
  /** Which stretching produced the returned session. */
  keyStretchVersion: 1 | 2;
}

interface LoginResponse extends JsonObject {
  uid: string;
  sessionToken: string;
  keyFetchToken?: string;
  keyFetchTokenVersion2?: string;
}

function readLoginResponse(res: JsonObject): LoginResponse {
  requireHex(res, 'uid', 16);
  requireHex(res, 'sessionToken', 32);
  return res as LoginResponse;
}

async function login(
  email: string,
  authPW: string,
  options: SignInOptions,
  call: CallOptions | undefined,
): Promise<LoginResponse> {
  const { keys, skipPasswordUpgrade: _skip, ...rest } = options;
  const res = await apiRequest(
    { method: 'POST', path: withKeys('/account/login', keys), body: { email, authPW, ...rest } },
    call,
  );
  return readLoginResponse(res);
}

/**
 * Pairs the key-fetch token with the unwrapBKey that unwraps what it fetches: a
 * keyFetchTokenVersion2 wraps kB under the v2 key; otherwise the token matches the authPW sent.
 */
function keyMaterial(
  res: LoginResponse,
  sent: Credentials,
  v2: Credentials | undefined,
): Pick<SignedInAccountData, 'keyFetchToken' | 'unwrapBKey'> {
  if (res.keyFetchTokenVersion2 && v2)
    return { keyFetchToken: res.keyFetchTokenVersion2, unwrapBKey: v2.unwrapBKey };
  if (res.keyFetchToken) return { keyFetchToken: res.keyFetchToken, unwrapBKey: sent.unwrapBKey };
  return {};
}

function toSignedIn(
  res: LoginResponse,
  email: string,
  version: 1 | 2,
  keys: Pick<SignedInAccountData, 'keyFetchToken' | 'unwrapBKey'>,
): SignedInAccountData {
  const { keyFetchToken: _k, keyFetchTokenVersion2: _k2, ...rest } = res;
  return {
    ...(rest as Omit<SignedInAccountData, 'email' | 'keyStretchVersion'>),
    verified: res.verified === true,
    authAt: typeof res.authAt === 'number' ? res.authAt : 0,
    ...keys,
    email,
    keyStretchVersion: version,
  };
}

async function signInOnce(
  email: string,
  password: string,
  options: SignInOptions,
  call: CallOptions | undefined,
): Promise<SignedInAccountData> {
  const version = call?.keyStretchVersion ?? getConfig().keyStretchVersion;
  if (version === 2) {
    const status = await credentialsStatus(email, call);
    if (status.upgradeNeeded === false && isClientSaltV2(status.clientSalt)) {
      const v2 = await deriveCredentialsV2(status.clientSalt, password);
      const res = await login(email, v2.authPW, options, call);
      return toSignedIn(res, email, 2, options.keys ? keyMaterial(res, v2, v2) : {});
    }
    // No v2 credentials yet: sign in with v1, then upgrade by changing the password to itself.
    const v1 = await deriveCredentialsV1(email, password);
    const res = await login(email, v1.authPW, options, call);
    const signedIn = toSignedIn(res, email, 1, options.keys ? keyMaterial(res, v1, undefined) : {});
    if (options.skipPasswordUpgrade || !signedIn.verified) return signedIn;
    return upgradeToV2(signedIn, password, call);
  }
  const v1 = await deriveCredentialsV1(email, password);
  const res = await login(email, v1.authPW, options, call);
  return toSignedIn(res, email, 1, options.keys ? keyMaterial(res, v1, undefined) : {});
}

/**
 * The v1→v2 upgrade (upstream signIn with keyStretchVersion 2): the password is changed to itself
 * with v2 credentials added. The server treats that as an upgrade (`isPasswordUpgrade` in
 * lib/routes/password.ts: the v1 password did not change), keeps every session and sends no
 * notification, so the sign-in's own session, keyFetchToken and unwrapBKey stay as they are, as
 * upstream's client keeps them; the session the upgrade creates is not used. A failed upgrade
 * never fails sign-in. Skipped for unverified sessions, where GET /account/keys would refuse
 * anyway. Loaded lazily so sign-in does not ship it.
 */
async function upgradeToV2(
  signedIn: SignedInAccountData,
  password: string,
  call: CallOptions | undefined,
): Promise<SignedInAccountData> {
  const { passwordChange } = await import('./password.ts');
  try {
    await passwordChange(
      {
        email: signedIn.email,
        oldPassword: password,
        newPassword: password,
        sessionToken: signedIn.sessionToken,
      },
      { ...call, keyStretchVersion: 2 },
    );
  } catch {
    // The account keeps working with v1; the next sign-in tries again.
  }
  return signedIn;
}

/** Signs in with a password: v1 (default) or negotiated v2; retries once on errno 120. */
export function signIn(
  email: string,
  password: string,
  options: SignInOptions = {},
  call?: CallOptions,
): Promise<SignedInAccountData> {
  return retryOnIncorrectEmailCase(email, (e, original) =>
    signInOnce(
      e,
      password,
      { ...options, originalLoginEmail: original ?? options.originalLoginEmail },
      call,
    ),
  );
}

// ---- sign-up ---------------------------------------------------------------------------------

export interface SignUpOptions {
  keys?: boolean;
  service?: string;
  redirectTo?: string;
  resume?: string;
  verificationMethod?: VerificationMethod;
  metricsContext?: MetricsContext;
  atLeast18AtReg?: boolean;
}

export interface SignedUpAccountData {
  uid: string;
  sessionToken: string;
  authAt: number;
  verificationMethod?: string;
  keyFetchToken?: string;
  unwrapBKey?: string;
  keyStretchVersion: 1 | 2;
}

/**
 * POST /account/create. In v2 mode both credential sets are sent (all-or-none, Joi `.and`); the
 * client picks kB itself so that wrapKb and wrapKbVersion2 wrap the same key.
 */
export async function signUp(
  email: string,
  password: string,
  options: SignUpOptions = {},
  call?: CallOptions,
): Promise<SignedUpAccountData> {
  const version = call?.keyStretchVersion ?? getConfig().keyStretchVersion;
  const v1 = await deriveCredentialsV1(email, password);
  let v2: Credentials | undefined;
  let v2Fields = {};
  if (version === 2) {
    const clientSalt = createClientSaltV2();
    v2 = await deriveCredentialsV2(clientSalt, password);
    const kB = randomHex(32);
    v2Fields = {
      wrapKb: wrapKbFromKb(kB, v1.unwrapBKey),
      authPWVersion2: v2.authPW,
      wrapKbVersion2: wrapKbFromKb(kB, v2.unwrapBKey),
      clientSalt,
    };
  }
  const { keys, ...rest } = options;
  const res = readLoginResponse(
    await apiRequest(
      {
        method: 'POST',
        path: withKeys('/account/create', keys),
        body: { email, authPW: v1.authPW, ...v2Fields, ...rest },
      },
      call,
    ),
  );
  const { keyFetchToken: _k, keyFetchTokenVersion2: _k2, ...data } = res;
  return {
    ...(data as Omit<SignedUpAccountData, 'keyStretchVersion'>),
    authAt: typeof res.authAt === 'number' ? res.authAt : 0,
    ...(keys ? keyMaterial(res, v1, v2) : {}),
    keyStretchVersion: version,
  };
}

// ---- destroy, keys, profile, consolidated account --------------------------------------------

/** POST /account/destroy (session-authenticated) with the password; retries once on errno 120. */
export async function accountDestroy(
  email: string,
  password: string,
  sessionToken: string,
  call?: CallOptions,
): Promise<void> {
  await retryOnIncorrectEmailCase(email, async (e) => {
    const { authPW } = await deriveCredentialsV1(e, password);
    return apiRequest(
      {
        method: 'POST',
        path: '/account/destroy',
        body: { email: e, authPW },
        auth: { token: sessionToken, kind: 'sessionToken' },
      },
      call,
    );
  });
}

export interface AccountKeys {
  kA: string;
  kB: string;
}

/** GET /account/keys with a (single-use) keyFetchToken; verifies the bundle MAC, unwraps kB. */
export async function accountKeys(
  keyFetchToken: string,
  unwrapBKey: string,
  call?: CallOptions,
): Promise<AccountKeys & { wrapKB: string }> {
  const res = await apiRequest(
    { method: 'GET', path: '/account/keys', auth: { token: keyFetchToken, kind: 'keyFetchToken' } },
    call,
  );
  const bundle = requireHex(res, 'bundle', 96);
  const { kA, wrapKB } = await unbundleKeyFetchResponse(bundle, keyFetchToken);
  return { kA, wrapKB, kB: kbFromWrapKb(wrapKB, unwrapBKey) };
}

export interface AccountProfile {
  email: string;
  locale?: string;
  authenticationMethods?: string[];
  authenticatorAssuranceLevel?: number;
  profileChangedAt?: number;
  metricsEnabled?: boolean;
  [key: string]: unknown;
}

/** GET /account/profile (session) — email, AMR/AAL, locale; used for cached sign-in. */
export async function accountProfile(
  sessionToken: string,
  call?: CallOptions,
): Promise<AccountProfile> {
  const res = await apiRequest(
    {
      method: 'GET',
      path: '/account/profile',
      auth: { token: sessionToken, kind: 'sessionToken' },
    },
    call,
  );
  if (typeof res.email !== 'string') throw unexpectedResponse('Missing email');
  return res as AccountProfile;
}

// The consolidated GET /account lives in its own module (account-data.ts) so that settings can
// load it without pulling in sign-in's key stretching. Not re-exported here: a re-export makes it
// a module shared by two chunks, which costs /settings a request of its own.
export type { Account, AccountEmail } from './account-data.ts';

/**
 * GET /account/status?uid= — whether an account with this uid still exists (upstream
 * fxa-auth-client `accountStatus(uid)`; force_auth checks the uid a browser names, Backbone
 * views/force_auth.js).
 */
export async function accountExistsByUid(uid: string, call?: CallOptions): Promise<boolean> {
  const res = await apiRequest(
    { method: 'GET', path: `/account/status?uid=${encodeURIComponent(uid)}` },
    call,
  );
  if (typeof res.exists !== 'boolean') throw unexpectedResponse('Missing exists');
  return res.exists;
}
