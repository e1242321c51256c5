// Token authentication for auth-server routes: `Authorization: Bearer fx<kind>_<tokenId>` (what
// current fxa-auth-client sends) or a fully verified Hawk header (MAC, payload hash, ±60 s
// timestamp), as pre-2024 auth servers checked it (protocol.md §0/§2). Failures use the errnos of
// upstream's Hawk translation (`app-error.ts translate`): 110 unknown/missing credentials, 109 bad
// MAC or payload hash, 111 stale timestamp with `serverTime`.

import type { MiddlewareHandler } from 'hono';
import { accountAal, sessionAal } from './aal.ts';
import { type Ctx, type Deps, type EmulatorEnv, rawBody } from './context.ts';
import { AuthErrors, type EmulatorError } from './errors.ts';
import { type HawkFailureReason, parseBearerHeader, verifyHawkHeader } from './server-crypto.ts';
import type { EmulatorState } from './state.ts';

export type AuthTokenKind =
  | 'sessionToken'
  | 'keyFetchToken'
  | 'passwordChangeToken'
  | 'passwordForgotToken'
  | 'accountResetToken';

export interface TokenAuthOptions {
  /** Routes marked 🔓 upstream: no header is fine, a bad one is still refused. */
  optional?: boolean;
  /**
   * upstream's `verifiedSessionToken` strategy: 104 unverified email, 138 unverified session, 222
   * a session below the account's assurance level (two-step authentication on, one step done).
   */
  verified?: boolean;
}

function lookup(state: EmulatorState, kind: AuthTokenKind, id: string) {
  switch (kind) {
    case 'sessionToken':
      return state.sessions.get(id);
    case 'keyFetchToken':
      return state.keyFetchTokens.get(id);
    case 'passwordChangeToken': {
      const token = state.passwordChangeTokens.get(id);
      return token && token.expiresAt > state.now() ? token : undefined;
    }
    case 'passwordForgotToken': {
      const token = state.passwordForgotTokens.get(id);
      return token && token.expiresAt > state.now() ? token : undefined;
    }
    case 'accountResetToken': {
      const token = state.accountResetTokens.get(id);
      return token && token.expiresAt > state.now() ? token : undefined;
    }
  }
}

function hawkFailure(reason: HawkFailureReason, serverTimeSec: number): EmulatorError {
  switch (reason) {
    case 'bad-mac':
      return AuthErrors.invalidSignature('Bad mac');
    case 'bad-payload':
      return AuthErrors.invalidSignature('Payload is invalid');
    case 'missing-hash':
      return AuthErrors.invalidSignature('Missing required payload hash');
    case 'stale':
      return AuthErrors.invalidTimestamp(serverTimeSec);
    case 'unknown-id':
      return AuthErrors.invalidToken('Invalid authentication token: Unknown credentials');
    default:
      return AuthErrors.invalidToken('Invalid authentication token: Invalid header syntax');
  }
}

function hasPayload(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD';
}

async function authenticate(
  c: Ctx,
  deps: Deps,
  kind: AuthTokenKind,
  authorization: string,
): Promise<string> {
  const { state, options } = deps;
  if (/^bearer\s/i.test(authorization)) {
    const bearer = parseBearerHeader(authorization);
    if (!bearer || bearer.kind !== kind || !lookup(state, kind, bearer.id)) {
      throw AuthErrors.invalidToken('Invalid authentication token: Unknown credentials');
    }
    return bearer.id;
  }
  const body = await rawBody(c);
  const hadHash = /\bhash="/.test(authorization);
  const url = new URL(c.req.url);
  const result = await verifyHawkHeader({
    method: c.req.method,
    url: url.pathname + url.search,
    host: url.hostname,
    port: url.port || (url.protocol === 'https:' ? 443 : 80),
    authorization,
    // A body must be covered by the hash (an empty one too if the client hashed it). Like hapi,
    // bodiless GETs skip payload checks: fxa-auth-client hashes '' as application/json there.
    payload: hasPayload(c.req.method) && (body !== '' || hadHash) ? body : undefined,
    contentType: c.req.header('content-type'),
    lookupKey: (id) => lookup(state, kind, id)?.key,
    nowMs: state.now(),
    skewSec: options.hawkSkewSec,
  });
  if (!result.ok) throw hawkFailure(result.reason, state.nowSec());
  return result.id;
}

export function tokenAuth(
  deps: Deps,
  kind: AuthTokenKind,
  opts: TokenAuthOptions = {},
): MiddlewareHandler<EmulatorEnv> {
  return async (c, next) => {
    const authorization = c.req.header('authorization');
    if (!authorization) {
      if (opts.optional) return next();
      throw AuthErrors.invalidToken('Invalid authentication token: Missing authentication');
    }
    const id = await authenticate(c, deps, kind, authorization);
    const { state } = deps;
    if (kind === 'sessionToken') {
      const session = state.sessions.get(id);
      const account = session && state.accounts.get(session.uid);
      if (!session || !account) throw AuthErrors.invalidToken();
      if (opts.verified) {
        if (!state.emailVerified(account)) throw AuthErrors.unverifiedAccount();
        if (!session.verified) throw AuthErrors.unverifiedSession();
        if (sessionAal(session) < accountAal(account)) throw AuthErrors.insufficientAal();
      }
      session.lastAccessTime = state.now();
      c.set('session', session);
    } else if (kind === 'keyFetchToken') {
      c.set('keyFetchToken', state.keyFetchTokens.get(id));
    } else if (kind === 'passwordChangeToken') {
      c.set('passwordChangeToken', state.passwordChangeTokens.get(id));
    } else if (kind === 'passwordForgotToken') {
      c.set('passwordForgotToken', state.passwordForgotTokens.get(id));
    } else {
      c.set('accountResetToken', state.accountResetTokens.get(id));
    }
    await next();
  };
}

/**
 * Routes that take one of several token kinds (hapi `strategies: [...]`, e.g. /recoveryKey/exists
 * and /totp/exists with a sessionToken or a passwordForgotToken): the first kind whose credentials
 * the header names wins; a header that names none is errno 110.
 */
export function tokenAuthAny(deps: Deps, kinds: AuthTokenKind[]): MiddlewareHandler<EmulatorEnv> {
  return async (c, next) => {
    const authorization = c.req.header('authorization');
    if (!authorization) {
      throw AuthErrors.invalidToken('Invalid authentication token: Missing authentication');
    }
    let lastError: unknown;
    for (const kind of kinds) {
      try {
        await authenticate(c, deps, kind, authorization);
      } catch (err) {
        lastError = err;
        continue;
      }
      return tokenAuth(deps, kind)(c, next);
    }
    throw lastError;
  };
}
