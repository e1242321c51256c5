// The account recovery key's endpoints: whether one exists (with a session, or during a reset
// with the passwordForgotToken), its encrypted recovery data (accountResetToken), creating it
// with a session (after a reset) or behind the step-up JWT (settings), its hint, and removal;
// plus the password re-check that unlocks kB for a new key. Crypto: lib/crypto/recovery-key.ts.
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-client/lib/client.ts
// (recoveryKeyExists, getRecoveryKey, createRecoveryKey(WithJwt), deleteRecoveryKeyWithJwt,
// updateRecoveryKeyHint, sessionReauth) · /work/shared/reference/recovery-2fa-mfa.md §2.2–2.3

import { deriveCredentialsV1 } from '../crypto/onepw.ts';
import type { RecoveryKeyBundle } from '../crypto/recovery-key.ts';
import type { TokenKind } from '../crypto/token-credentials.ts';
import { accountKeys } from './account.ts';
import { retryOnIncorrectEmailCase } from './email-case.ts';
import { apiRequest, type CallOptions, requireHex, unexpectedResponse, withKeys } from './http.ts';

export interface RecoveryKeyStatus {
  exists: boolean;
  hint?: string;
  estimatedSyncDeviceCount?: number;
}

/** POST /recoveryKey/exists with a session or (during a reset) the passwordForgotToken. */
export async function recoveryKeyExists(
  token: string,
  kind: Extract<TokenKind, 'sessionToken' | 'passwordForgotToken'>,
  call?: CallOptions,
): Promise<RecoveryKeyStatus> {
  const res = await apiRequest(
    { method: 'POST', path: '/recoveryKey/exists', body: {}, auth: { token, kind } },
    call,
  );
  if (typeof res.exists !== 'boolean') throw unexpectedResponse('Missing exists');
  return {
    exists: res.exists,
    ...(typeof res.hint === 'string' && res.hint ? { hint: res.hint } : {}),
    ...(typeof res.estimatedSyncDeviceCount === 'number'
      ? { estimatedSyncDeviceCount: res.estimatedSyncDeviceCount }
      : {}),
  };
}

/** GET /recoveryKey/:recoveryKeyId with the accountResetToken → the encrypted recovery data. */
export async function getRecoveryData(
  accountResetToken: string,
  recoveryKeyId: string,
  call?: CallOptions,
): Promise<string> {
  const res = await apiRequest(
    {
      method: 'GET',
      path: `/recoveryKey/${encodeURIComponent(recoveryKeyId)}`,
      auth: { token: accountResetToken, kind: 'accountResetToken' },
    },
    call,
  );
  if (typeof res.recoveryData !== 'string') throw unexpectedResponse('Missing recoveryData');
  return res.recoveryData;
}

/** POST /recoveryKey with a verified session (upstream's inline path, e.g. after a reset). */
export async function createRecoveryKeyWithSession(
  sessionToken: string,
  bundle: RecoveryKeyBundle & { hint?: string; replaceKey?: boolean },
  call?: CallOptions,
): Promise<void> {
  await apiRequest(
    {
      method: 'POST',
      path: '/recoveryKey',
      body: { ...bundle, enabled: true },
      auth: { token: sessionToken, kind: 'sessionToken' },
    },
    call,
  );
}

/** POST /recoveryKey/hint (verified session). */
export async function setRecoveryKeyHint(
  sessionToken: string,
  hint: string,
  call?: CallOptions,
): Promise<void> {
  await apiRequest(
    {
      method: 'POST',
      path: '/recoveryKey/hint',
      body: { hint },
      auth: { token: sessionToken, kind: 'sessionToken' },
    },
    call,
  );
}

/** POST /mfa/recoveryKey (upstream createRecoveryKeyWithJwt); `replaceKey` swaps an enabled key. */
export async function createRecoveryKeyWithJwt(
  mfaJwt: string,
  bundle: RecoveryKeyBundle & { replaceKey?: boolean },
  call?: CallOptions,
): Promise<void> {
  await apiRequest(
    {
      method: 'POST',
      path: '/mfa/recoveryKey',
      body: { ...bundle, enabled: true },
      auth: { mfaJwt },
    },
    call,
  );
}

/** DELETE /mfa/recoveryKey (PR mozilla/fxa#19472). */
export async function deleteRecoveryKeyWithJwt(mfaJwt: string, call?: CallOptions): Promise<void> {
  await apiRequest(
    { method: 'DELETE', path: '/mfa/recoveryKey', body: {}, auth: { mfaJwt } },
    call,
  );
}

/**
 * The account keys after confirming the password: POST /session/reauth?keys=true (reason
 * `recovery_key`, upstream's create step) and GET /account/keys. Retries once on errno 120.
 */
export async function reauthForKeys(
  sessionToken: string,
  email: string,
  password: string,
  call?: CallOptions,
): Promise<{ uid: string; kA: string; kB: string }> {
  return retryOnIncorrectEmailCase(email, async (e) => {
    const v1 = await deriveCredentialsV1(e, password);
    const res = await apiRequest(
      {
        method: 'POST',
        path: withKeys('/session/reauth', true),
        body: { email: e, authPW: v1.authPW, reason: 'recovery_key' },
        auth: { token: sessionToken, kind: 'sessionToken' },
      },
      call,
    );
    const uid = requireHex(res, 'uid', 16);
    const keyFetchToken = requireHex(res, 'keyFetchToken', 32);
    const { kA, kB } = await accountKeys(keyFetchToken, v1.unwrapBKey, call);
    return { uid, kA, kB };
  });
}
