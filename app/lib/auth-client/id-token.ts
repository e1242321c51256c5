// prompt=none's id_token_hint: the auth server checks an ID token it issued. Its own module so
// the pages that never verify one (settings, sign-in) do not carry it.
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-server/lib/routes/oauth/id_token_verify.js

import { apiRequest, type CallOptions, unexpectedResponse } from './http.ts';

export interface IdTokenClaims {
  sub: string;
  aud: string | string[];
  iss?: string;
  exp?: number;
  [claim: string]: unknown;
}

/**
 * POST /oauth/id-token-verify (unauthenticated): the claims of an ID token the server issued to
 * `clientId`, accepted up to `expiryGracePeriod` seconds after it expired (prompt=none's
 * id_token_hint; upstream fxa-auth-client verifyIdToken). Any invalid token is a 400.
 */
export async function verifyIdToken(
  idToken: string,
  clientId: string,
  expiryGracePeriod: number,
  call?: CallOptions,
): Promise<IdTokenClaims> {
  const res = await apiRequest(
    {
      method: 'POST',
      path: '/oauth/id-token-verify',
      body: { client_id: clientId, id_token: idToken, expiry_grace_period: expiryGracePeriod },
    },
    call,
  );
  if (typeof res.sub !== 'string') throw unexpectedResponse('Malformed id token claims');
  return res as unknown as IdTokenClaims;
}
