// Password change with key rewrap. Settings: passwordChangeWithJwt (below, step-up JWT). The
// legacy pair, kept for the v1→v2 upgrade inside sign-in (fxa-auth-client passwordChange): start with the old authPW →
// keyFetchToken + passwordChangeToken; GET /account/keys → kB (unwrapped with the OLD unwrapBKey);
// finish with the new authPW and wrapKb = kB ⊕ new unwrapBKey, so kB — and every derived key —
// survives. Passing the current session's tokenId returns a fresh session (the old ones are revoked).
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-client/lib/client.ts ·
// /work/shared/reference/protocol.md §1 (v2 fields), §3 (password change)

import { getConfig } from '../../config.ts';
import {
  createClientSaltV2,
  deriveCredentialsV1,
  deriveCredentialsV2,
  isClientSaltV2,
  wrapKbFromKb,
} from '../crypto/onepw.ts';
import { deriveTokenCredentials } from '../crypto/token-credentials.ts';
import { accountKeys, credentialsStatus } from './account.ts';
import { retryOnIncorrectEmailCase } from './email-case.ts';
import { apiRequest, type CallOptions, type JsonObject, requireHex, withKeys } from './http.ts';

export interface PasswordChangeStart {
  /** The email the server accepted (canonical after errno 120). */
  email: string;
  keyFetchToken: string;
  passwordChangeToken: string;
  /** The OLD v1 unwrapBKey, which unwraps what keyFetchToken fetches. */
  unwrapBKey: string;
}

/** POST /password/change/start (session-authenticated, as current upstream sends it). */
export function passwordChangeStart(
  email: string,
  oldPassword: string,
  sessionToken: string,
  call?: CallOptions,
): Promise<PasswordChangeStart> {
  return retryOnIncorrectEmailCase(email, async (e) => {
    const old = await deriveCredentialsV1(e, oldPassword);
    const res = await apiRequest(
      {
        method: 'POST',
        path: '/password/change/start',
        body: { email: e, oldAuthPW: old.authPW },
        auth: { token: sessionToken, kind: 'sessionToken' },
      },
      call,
    );
    return {
      email: e,
      keyFetchToken: requireHex(res, 'keyFetchToken', 32),
      passwordChangeToken: requireHex(res, 'passwordChangeToken', 32),
      unwrapBKey: old.unwrapBKey,
    };
  });
}

export interface PasswordChangeFinishPayload {
  authPW: string;
  wrapKb: string;
  /** tokenId (not the token) of the session to keep; the server answers with a new session. */
  sessionToken?: string;
  authPWVersion2?: string;
  wrapKbVersion2?: string;
  clientSalt?: string;
}

/** POST /password/change/finish[?keys=true], authenticated with the passwordChangeToken. */
export function passwordChangeFinish(
  passwordChangeToken: string,
  payload: PasswordChangeFinishPayload,
  options: { keys?: boolean } = {},
  call?: CallOptions,
): Promise<JsonObject> {
  return apiRequest(
    {
      method: 'POST',
      path: withKeys('/password/change/finish', options.keys),
      body: payload,
      auth: { token: passwordChangeToken, kind: 'passwordChangeToken' },
    },
    call,
  );
}

export interface PasswordChangeResult {
  uid: string;
  /** The NEW session token; store it in place of the old one. */
  sessionToken: string;
  verified: boolean;
  authAt: number;
  email: string;
  /** With `keys`: a fresh keyFetchToken and the NEW unwrapBKey that pairs with it. */
  keyFetchToken?: string;
  unwrapBKey?: string;
}

export interface PasswordChangeArgs {
  email: string;
  oldPassword: string;
  newPassword: string;
  sessionToken: string;
  keys?: boolean | undefined;
}

export async function passwordChange(
  args: PasswordChangeArgs,
  call?: CallOptions,
): Promise<PasswordChangeResult> {
  const start = await passwordChangeStart(args.email, args.oldPassword, args.sessionToken, call);
  const { kB } = await accountKeys(start.keyFetchToken, start.unwrapBKey, call);
  const v1 = await deriveCredentialsV1(start.email, args.newPassword);
  const { id: sessionTokenId } = await deriveTokenCredentials(args.sessionToken, 'sessionToken');
  const payload: PasswordChangeFinishPayload = {
    authPW: v1.authPW,
    wrapKb: wrapKbFromKb(kB, v1.unwrapBKey),
    sessionToken: sessionTokenId,
  };
  if ((call?.keyStretchVersion ?? getConfig().keyStretchVersion) === 2) {
    // Keep the account's v2 salt if it has one; a v1 account gets its first here (the upgrade).
    const status = await credentialsStatus(start.email, call);
    const clientSalt = isClientSaltV2(status.clientSalt) ? status.clientSalt : createClientSaltV2();
    const v2 = await deriveCredentialsV2(clientSalt, args.newPassword);
    payload.authPWVersion2 = v2.authPW;
    payload.wrapKbVersion2 = wrapKbFromKb(kB, v2.unwrapBKey);
    payload.clientSalt = clientSalt;
  }
  const res = await passwordChangeFinish(
    start.passwordChangeToken,
    payload,
    { keys: args.keys },
    call,
  );
  return changeResult(res, start.email, args.keys ? v1.unwrapBKey : undefined);
}

/** The new session a password change answers with; key material only when keys were asked. */
function changeResult(
  res: JsonObject,
  email: string,
  unwrapBKey: string | undefined,
): PasswordChangeResult {
  const result: PasswordChangeResult = {
    uid: requireHex(res, 'uid', 16),
    sessionToken: requireHex(res, 'sessionToken', 32),
    verified: res.verified === true,
    authAt: typeof res.authAt === 'number' ? res.authAt : 0,
    email,
  };
  if (unwrapBKey !== undefined && typeof res.keyFetchToken === 'string') {
    result.keyFetchToken = res.keyFetchToken;
    result.unwrapBKey = unwrapBKey;
  }
  return result;
}

export interface PasswordChangeWithJwtArgs {
  /** Step-up JWT with scope `mfa:password` (mfa.ts). */
  jwt: string;
  /** The address the user knows (the primary); the sign-up email is learned from errno 120. */
  email: string;
  oldPassword: string;
  newPassword: string;
  sessionToken: string;
  keys?: boolean | undefined;
}

/**
 * Settings' password change (upstream passwordChangeWithJWT): /session/reauth?keys=true with the
 * old authPW gives a keyFetchToken, GET /account/keys gives kB, and POST /mfa/password/change
 * (Bearer JWT) stores the new credentials with wrapKb = kB ⊕ new unwrapBKey and answers with the
 * session that replaces this one. The v1 salt is the sign-up email: a 120 retries once with it.
 */
export function passwordChangeWithJwt(
  args: PasswordChangeWithJwtArgs,
  call?: CallOptions,
): Promise<PasswordChangeResult> {
  return retryOnIncorrectEmailCase(args.email, async (saltEmail) => {
    const old = await deriveCredentialsV1(saltEmail, args.oldPassword);
    const reauth = await apiRequest(
      {
        method: 'POST',
        path: '/session/reauth?keys=true',
        body: { email: saltEmail, authPW: old.authPW },
        auth: { token: args.sessionToken, kind: 'sessionToken' },
      },
      call,
    );
    const { kB } = await accountKeys(requireHex(reauth, 'keyFetchToken', 32), old.unwrapBKey, call);
    const v1 = await deriveCredentialsV1(saltEmail, args.newPassword);
    const payload: JsonObject = {
      email: saltEmail,
      oldAuthPW: old.authPW,
      authPW: v1.authPW,
      wrapKb: wrapKbFromKb(kB, v1.unwrapBKey),
    };
    if ((call?.keyStretchVersion ?? getConfig().keyStretchVersion) === 2) {
      const status = await credentialsStatus(saltEmail, call);
      const clientSalt = isClientSaltV2(status.clientSalt)
        ? status.clientSalt
        : createClientSaltV2();
      const v2 = await deriveCredentialsV2(clientSalt, args.newPassword);
      payload.authPWVersion2 = v2.authPW;
      payload.wrapKbVersion2 = wrapKbFromKb(kB, v2.unwrapBKey);
      payload.clientSalt = clientSalt;
    }
    const res = await apiRequest(
      {
        method: 'POST',
        path: withKeys('/mfa/password/change', args.keys),
        body: payload,
        auth: { mfaJwt: args.jwt },
      },
      call,
    );
    return changeResult(res, args.email, args.keys ? v1.unwrapBKey : undefined);
  });
}
