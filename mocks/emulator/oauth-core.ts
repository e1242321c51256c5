// OAuth logic shared by the auth server's session-authenticated `/v1/oauth/*` routes and the OAuth
// server's `/v1/token` family: client lookup and authentication, code exchange (single use, expiry,
// PKCE S256, redirect binding), refresh and fxa-credentials grants, and token issuing. Errors are
// OAuth-server errnos; `/v1/oauth/*` callers translate them (oauth-errors.ts toAuthError).
// Upstream: mozilla/fxa `lib/oauth/client.js`, `lib/oauth/grant.js`, `lib/routes/oauth/token.js`.

import { sessionAal } from './aal.ts';
import type { Deps } from './context.ts';
import { OAuthErrors } from './oauth-errors.ts';
import {
  KEY_BEARING_SCOPES,
  parseScope,
  SCOPE_SESSION_TOKEN,
  scopesNotAllowed,
  UNTRUSTED_ALLOWED_SCOPES,
} from './scopes.ts';
import {
  bytesToHex,
  constantTimeEqual,
  hexToBytes,
  PKCE_VERIFIER_RE,
  pkceChallengeS256,
  randomHex,
  sha256,
} from './server-crypto.ts';
import type { EmulatorState, OAuthClient, SessionRecord } from './state.ts';

export interface Grant {
  client: OAuthClient;
  uid: string;
  scope: string[];
  offline: boolean;
  authAt: number;
  keysJwe: string | null;
  /** Refresh grants answer without auth_at (token.js response schema). */
  includeAuthAt: boolean;
  refreshTokenId: string | null;
  /** Assurance level of the session behind the grant (id token `acr`, `amr`); 1 if unknown. */
  aal?: 1 | 2;
}

export interface TokenParams {
  client_id?: string;
  client_secret?: string;
  grant_type?: string;
  code?: string;
  code_verifier?: string;
  redirect_uri?: string;
  refresh_token?: string;
  scope?: string;
  access_type?: string;
  ttl?: number;
}

export function getClient(state: EmulatorState, id: string): OAuthClient {
  const client = state.clients.get(id);
  if (!client) throw OAuthErrors.unknownClient(id);
  return client;
}

/** GET /v1/client/:id and /v1/oauth/client/:id (lib/routes/oauth/client/get.js). */
export function clientInfo(client: OAuthClient) {
  return {
    id: client.id,
    name: client.name,
    trusted: client.trusted,
    image_uri: client.imageUri,
    redirect_uri: client.redirectUris.join(','),
  };
}

export async function hashSecret(secretHex: string): Promise<string> {
  return bytesToHex(await sha256(hexToBytes(secretHex)));
}

/** `Authorization: Basic base64(client_id:client_secret)` (validators.BASIC_AUTH_HEADER). */
function parseBasic(header: string): { id: string; secret: string } | null {
  const m = /^Basic\s+([A-Za-z0-9+/]+=*)$/.exec(header);
  if (!m) return null;
  const parts = atob(m[1] as string).split(':');
  if (parts.length !== 2) return null;
  return { id: parts[0] as string, secret: parts[1] as string };
}

const isHex = (x: string | undefined, bytes: number): x is string =>
  typeof x === 'string' && x.length === bytes * 2 && /^[0-9a-f]+$/.test(x);

/** lib/oauth/client.js authenticateClient: credentials in the header or the body, never both. */
export async function authenticateClient(
  deps: Deps,
  authorization: string | undefined,
  params: TokenParams,
): Promise<OAuthClient> {
  let id = params.client_id;
  let secret = params.client_secret;
  if (authorization) {
    const basic = parseBasic(authorization);
    if (!basic || id !== undefined || secret !== undefined) {
      throw OAuthErrors.invalidRequestParameter(['authorization']);
    }
    ({ id, secret } = basic);
  }
  if (!isHex(id, 8)) throw OAuthErrors.invalidRequestParameter(['client_id']);
  if (secret !== undefined && !isHex(secret, 32)) {
    throw OAuthErrors.invalidRequestParameter(['client_secret']);
  }
  const client = getClient(deps.state, id);
  // Public clients can't authenticate and must never send a secret.
  if (client.publicClient) {
    if (secret) throw OAuthErrors.invalidRequestParameter(['client_secret']);
    return client;
  }
  if (!secret) throw OAuthErrors.invalidRequestParameter(['client_secret']);
  if (!client.hashedSecret || !constantTimeEqual(await hashSecret(secret), client.hashedSecret)) {
    throw OAuthErrors.incorrectSecret(client.id);
  }
  return client;
}

export async function codeGrant(deps: Deps, client: OAuthClient, p: TokenParams): Promise<Grant> {
  const { state } = deps;
  if (p.code_verifier !== undefined) {
    if (!client.publicClient) throw OAuthErrors.notPublicClient(client.id);
    if (!PKCE_VERIFIER_RE.test(p.code_verifier)) {
      throw OAuthErrors.invalidRequestParameter(['code_verifier']);
    }
  }
  const code = p.code ?? '';
  const record = state.codes.get(code);
  if (!record) throw OAuthErrors.unknownCode(code);
  if (record.clientId !== client.id) throw OAuthErrors.mismatchCode(code, client.id);
  if (state.now() > record.expiresAt) throw OAuthErrors.expiredCode(code, record.expiresAt);
  if (record.codeChallenge) {
    if (p.code_verifier === undefined) throw OAuthErrors.missingPkceParameters();
    const challenge = await pkceChallengeS256(p.code_verifier);
    if (!constantTimeEqual(challenge, record.codeChallenge)) {
      throw OAuthErrors.mismatchCodeChallenge(challenge);
    }
  } else if (p.code_verifier !== undefined) {
    throw OAuthErrors.mismatchCodeChallenge(await pkceChallengeS256(p.code_verifier));
  }
  // RFC 6749 §4.1.3: a redirect_uri sent here must be the one the code was issued for.
  if (p.redirect_uri !== undefined && p.redirect_uri !== record.redirectUri) {
    throw OAuthErrors.incorrectRedirect(p.redirect_uri);
  }
  // Codes are single use: gone once a valid exchange starts.
  state.codes.delete(code);
  return {
    client,
    uid: record.uid,
    scope: record.scope,
    offline: record.offline,
    authAt: record.authAt,
    keysJwe: record.keysJwe,
    includeAuthAt: true,
    refreshTokenId: null,
    aal: record.aal ?? 1,
  };
}

/** token.js validateRefreshTokenGrant; openid and the session-token scope are never refreshed. */
export function refreshGrant(deps: Deps, client: OAuthClient, p: TokenParams): Grant {
  const rt = deps.state.refreshTokens.get(p.refresh_token ?? '');
  if (!rt || rt.clientId !== client.id) throw OAuthErrors.invalidToken();
  let scope = rt.scope;
  if (p.scope !== undefined) {
    const requested = parseScope(p.scope);
    const allowed = client.trusted ? [...rt.scope, ...client.allowedScopes] : rt.scope;
    const extra = scopesNotAllowed(requested, allowed);
    if (extra.length) throw OAuthErrors.invalidScopes(extra);
    scope = requested;
  }
  rt.lastUsedAt = deps.state.now();
  return {
    client,
    uid: rt.uid,
    scope: scope.filter((s) => s !== 'openid' && s !== SCOPE_SESSION_TOKEN),
    offline: false,
    authAt: rt.authAt,
    keysJwe: null,
    includeAuthAt: false,
    refreshTokenId: rt.id,
  };
}

/** Scope checks of grant.js validateRequestedGrant. */
export function checkRequestedScopes(client: OAuthClient, scope: string[]): void {
  if (!client.trusted) {
    const invalid = scopesNotAllowed(scope, UNTRUSTED_ALLOWED_SCOPES);
    if (invalid.length) throw OAuthErrors.invalidScopes(invalid);
  }
  const custom = scope.filter((s) => KEY_BEARING_SCOPES.has(s) || s.startsWith('https://'));
  const invalid = custom.filter((s) => !client.allowedScopes.includes(s));
  if (invalid.length) throw OAuthErrors.invalidScopes(invalid);
}

/** grant_type=fxa-credentials with a session token (Firefox, the content server's own client). */
export function credentialsGrant(
  deps: Deps,
  client: OAuthClient,
  session: SessionRecord,
  p: TokenParams,
): Grant {
  if (!client.canGrant) throw OAuthErrors.invalidGrantType();
  if (!client.publicClient) throw OAuthErrors.notPublicClient(client.id);
  const scope = parseScope(p.scope);
  checkRequestedScopes(client, scope);
  const account = deps.state.accounts.get(session.uid);
  const verified = Boolean(account && deps.state.emailVerified(account) && session.verified);
  // Key-bearing scopes need a verified token (grant.js requiresVerifiedToken).
  if (scope.some((s) => KEY_BEARING_SCOPES.has(s)) && !verified) {
    throw OAuthErrors.invalidAssertion();
  }
  return {
    client,
    uid: session.uid,
    scope,
    offline: p.access_type === 'offline',
    authAt: session.authAt,
    keysJwe: null,
    includeAuthAt: true,
    refreshTokenId: null,
    aal: sessionAal(session),
  };
}

export async function issueTokens(
  deps: Deps,
  grant: Grant,
  ttlSec?: number,
): Promise<Record<string, unknown>> {
  const { state, options } = deps;
  const now = state.now();
  const expiresIn = Math.min(ttlSec ?? options.accessTokenTtlSec, options.accessTokenTtlSec);
  const accessToken = randomHex(32);
  let refreshTokenId = grant.refreshTokenId;
  const out: Record<string, unknown> = {
    access_token: accessToken,
    token_type: 'bearer',
    scope: grant.scope.join(' '),
    expires_in: expiresIn,
  };
  if (grant.includeAuthAt) out.auth_at = grant.authAt;
  if (grant.offline) {
    const token = randomHex(32);
    refreshTokenId = bytesToHex(await sha256(hexToBytes(token)));
    state.refreshTokens.set(token, {
      token,
      id: refreshTokenId,
      clientId: grant.client.id,
      uid: grant.uid,
      scope: grant.scope,
      authAt: grant.authAt,
      createdAt: now,
      lastUsedAt: now,
    });
    out.refresh_token = token;
  }
  state.accessTokens.set(accessToken, {
    token: accessToken,
    clientId: grant.client.id,
    uid: grant.uid,
    scope: grant.scope,
    createdAt: now,
    expiresAt: now + expiresIn * 1000,
    refreshTokenId,
  });
  if (grant.scope.includes('openid')) {
    out.id_token = await deps.oidc.idToken({
      issuer: options.contentOrigin,
      clientId: grant.client.id,
      uid: grant.uid,
      accessToken,
      authAt: grant.authAt,
      // authMethods.js: password plus email is AAL1, password plus a one-time code AAL2.
      amr: grant.aal === 2 ? ['pwd', 'otp'] : ['pwd', 'email'],
      aal: grant.aal ?? 1,
      nowSec: state.nowSec(),
    });
  }
  if (grant.keysJwe) out.keys_jwe = grant.keysJwe;
  return out;
}
