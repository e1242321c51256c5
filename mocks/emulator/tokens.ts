// Minting auth-server tokens: 32 random bytes go to the client as hex; the server keeps only what
// HKDF derives from them (tokenId as the record key, the Hawk key, and for keyFetchToken the
// keyRequestKey), exactly as upstream's token records (protocol.md §2).

import type { Deps } from './context.ts';
import { deliver, newPendingCode } from './mailer.ts';
import {
  deriveTokenCredentials,
  randomHex,
  type ServerTokenCredentials as TokenCredentials,
  type ServerTokenKind as TokenKind,
} from './server-crypto.ts';
import type { Account, SessionRecord, SessionVerificationMethod } from './state.ts';

const PASSWORD_CHANGE_TOKEN_TTL_MS = 15 * 60 * 1000;

export async function mintToken(
  kind: TokenKind,
  tokenHex: string = randomHex(32),
): Promise<TokenCredentials & { token: string }> {
  return { token: tokenHex, ...(await deriveTokenCredentials(tokenHex, kind)) };
}

export interface NewSessionOptions {
  verified: boolean;
  userAgent?: string;
  /** Mail a login confirmation code to the primary address (unverified login sessions). */
  sendLoginCode?: boolean;
  /** Use this raw token instead of a random one (the seeded Firefox session). */
  tokenHex?: string;
}

export async function createSession(
  deps: Deps,
  account: Account,
  o: NewSessionOptions,
): Promise<{ token: string; session: SessionRecord }> {
  const { state } = deps;
  const { token, id, key } = await mintToken('sessionToken', o.tokenHex);
  const session: SessionRecord = {
    id,
    key,
    uid: account.uid,
    createdAt: state.now(),
    lastAccessTime: state.now(),
    authAt: state.nowSec(),
    verified: o.verified,
    pending: null,
    verificationMethod: o.verified ? null : 'email-otp',
    deviceId: null,
    userAgent: o.userAgent ?? '',
  };
  if (o.sendLoginCode) {
    session.pending = newPendingCode(deps);
    deliver(deps, state.primaryEmail(account).email, 'verify-login', account.uid, session.pending);
  }
  state.sessions.set(id, session);
  return { token, session };
}

export async function createKeyFetchToken(
  deps: Deps,
  account: Account,
  o: { sessionId: string | null; verifiedAtIssue: boolean; kA: string; wrapKb: string },
): Promise<string> {
  const { token, id, key, extra } = await mintToken('keyFetchToken');
  deps.state.keyFetchTokens.set(id, {
    id,
    key,
    keyRequestKey: extra,
    uid: account.uid,
    createdAt: deps.state.now(),
    ...o,
  });
  return token;
}

export async function createPasswordChangeToken(deps: Deps, account: Account): Promise<string> {
  const { token, id, key } = await mintToken('passwordChangeToken');
  deps.state.passwordChangeTokens.set(id, {
    id,
    key,
    uid: account.uid,
    createdAt: deps.state.now(),
    expiresAt: deps.state.now() + PASSWORD_CHANGE_TOKEN_TTL_MS,
  });
  return token;
}

// Lifetimes from upstream's config (`tokenLifetimes`) and password.ts: the passwordForgotToken
// lasts long enough for the two-step checks; its passCode has 3 tries (password_forgot_token.js);
// the accountResetToken lasts 15 minutes and is used once.
export const PASSWORD_FORGOT_TOKEN_TTL_MS = 60 * 60 * 1000;
export const PASSWORD_FORGOT_TOKEN_TRIES = 3;
export const ACCOUNT_RESET_TOKEN_TTL_MS = 15 * 60 * 1000;

export async function createPasswordForgotToken(
  deps: Deps,
  account: Account,
  email: string,
): Promise<{ token: string; passCode: string }> {
  const { token, id, key } = await mintToken('passwordForgotToken');
  const passCode = randomHex(16);
  deps.state.passwordForgotTokens.set(id, {
    id,
    key,
    uid: account.uid,
    createdAt: deps.state.now(),
    expiresAt: deps.state.now() + PASSWORD_FORGOT_TOKEN_TTL_MS,
    passCode,
    tries: PASSWORD_FORGOT_TOKEN_TRIES,
    email,
    verificationMethod: null,
  });
  return { token, passCode };
}

export async function createAccountResetToken(
  deps: Deps,
  uid: string,
  verificationMethod: SessionVerificationMethod | null,
): Promise<string> {
  const { token, id, key } = await mintToken('accountResetToken');
  deps.state.accountResetTokens.set(id, {
    id,
    key,
    uid,
    createdAt: deps.state.now(),
    expiresAt: deps.state.now() + ACCOUNT_RESET_TOKEN_TTL_MS,
    verificationMethod,
  });
  return token;
}
