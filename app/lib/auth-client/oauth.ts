// OAuth through the auth server's session-authenticated /v1/oauth/* routes: client info for the
// authorization page, creating an authorization code for a relier, scoped-key metadata, and
// `fxa-credentials` access tokens (how the content server gets its own profile-server token).
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-server/lib/routes/oauth/ ·
// /work/shared/reference/protocol.md §3, §5

import { apiRequest, type CallOptions, requireHex, unexpectedResponse } from './http.ts';

const session = (token: string) => ({ token, kind: 'sessionToken' as const });

export interface OAuthClientInfo {
  id: string;
  name: string;
  trusted: boolean;
  image_uri?: string;
  /** May be a comma-separated list of registered redirect URIs. */
  redirect_uri: string;
}

/** GET /oauth/client/:id (unauthenticated). Unknown client → errno 162 (or OAuth 101). */
export async function getOAuthClient(
  clientId: string,
  call?: CallOptions,
): Promise<OAuthClientInfo> {
  const res = await apiRequest(
    { method: 'GET', path: `/oauth/client/${encodeURIComponent(clientId)}` },
    call,
  );
  if (typeof res.name !== 'string' || typeof res.redirect_uri !== 'string') {
    throw unexpectedResponse('Malformed client info');
  }
  return res as unknown as OAuthClientInfo;
}

export interface AuthorizationParams {
  client_id: string;
  state: string;
  scope?: string;
  response_type?: 'code';
  redirect_uri?: string;
  access_type?: 'online' | 'offline';
  code_challenge?: string;
  code_challenge_method?: 'S256';
  keys_jwe?: string;
  acr_values?: string;
  prompt?: 'none' | 'login' | 'consent';
  max_age?: number;
  service?: string;
}

export interface AuthorizationResult {
  code: string;
  state: string;
  /** The registered redirect_uri with code & state appended by the server. */
  redirect: string;
  scope?: string;
}

/** POST /oauth/authorization — an authorization code for a relier, for the signed-in session. */
export async function createOAuthCode(
  sessionToken: string,
  params: AuthorizationParams,
  call?: CallOptions,
): Promise<AuthorizationResult> {
  const res = await apiRequest(
    { method: 'POST', path: '/oauth/authorization', body: params, auth: session(sessionToken) },
    call,
  );
  requireHex(res, 'code', 32);
  if (typeof res.redirect !== 'string') throw unexpectedResponse('Missing redirect');
  return res as unknown as AuthorizationResult;
}

export interface TokenResult {
  access_token: string;
  token_type: 'bearer';
  scope: string;
  expires_in: number;
  auth_at?: number;
  refresh_token?: string;
  id_token?: string;
}

/** POST /oauth/token with grant_type fxa-credentials (the session stands in for a password). */
export async function createOAuthToken(
  sessionToken: string,
  params: { clientId: string; scope: string; accessType?: 'online' | 'offline'; ttl?: number },
  call?: CallOptions,
): Promise<TokenResult> {
  const res = await apiRequest(
    {
      method: 'POST',
      path: '/oauth/token',
      body: {
        grant_type: 'fxa-credentials',
        client_id: params.clientId,
        scope: params.scope,
        access_type: params.accessType,
        ttl: params.ttl,
      },
      auth: session(sessionToken),
    },
    call,
  );
  if (typeof res.access_token !== 'string' || typeof res.expires_in !== 'number') {
    throw unexpectedResponse('Malformed token response');
  }
  return res as unknown as TokenResult;
}

export interface ScopedKeyData {
  identifier: string;
  keyRotationSecret: string;
  keyRotationTimestamp: number;
}

/** POST /account/scoped-key-data — per-scope key metadata for building keys_jwe. */
export function getScopedKeyData(
  sessionToken: string,
  clientId: string,
  scope: string,
  call?: CallOptions,
): Promise<Record<string, ScopedKeyData>> {
  return apiRequest<Record<string, ScopedKeyData>>(
    {
      method: 'POST',
      path: '/account/scoped-key-data',
      body: { client_id: clientId, scope },
      auth: session(sessionToken),
    },
    call,
  );
}
