// The OAuth/OIDC side of a demo relier, on openid-client (panva/openid-client v6, a certified
// OpenID relying-party library): discovery, the authorization request with state (and PKCE S256
// for the public client), the code exchange with ID token validation, and the userinfo fetch.
// Nothing FxA-specific is hand-built here: the library speaks to the emulator as to any OP.

import * as oidc from 'openid-client';
import type { RelierClient } from './clients.ts';

export type PendingLogin = { state: string; codeVerifier: string | null };

export type SignedInUser = {
  email: string;
  uid: string;
  displayName: string | null;
  /** Kept for a later `prompt=none&id_token_hint=…` (OIDC Core §3.1.2.1). */
  idToken: string | null;
};

/** Extra authorization parameters a demo page may pass through (FxA's, fxa-upstream.md §4.1). */
export const PASS_THROUGH_PARAMS = [
  'prompt',
  'login_hint',
  'action',
  'max_age',
  'return_on_error',
  'access_type',
] as const;

export type RelierOidc = {
  startLogin(
    redirectUri: string,
    extra: Record<string, string>,
  ): Promise<{ url: URL; pending: PendingLogin }>;
  finishLogin(callbackUrl: URL, pending: PendingLogin): Promise<SignedInUser>;
};

export function createRelierOidc(client: RelierClient, discoveryUrl: URL): RelierOidc {
  let configuration: Promise<oidc.Configuration> | null = null;
  // Discovered on first use and kept; a failure (the emulator not up yet) is retried next time.
  const config = () => {
    configuration ??= oidc
      .discovery(
        discoveryUrl,
        client.clientId,
        {
          token_endpoint_auth_method: client.secret ? 'client_secret_post' : 'none',
        },
        client.secret ? oidc.ClientSecretPost(client.secret) : oidc.None(),
        // Plain http is only ever localhost here (the emulator).
        { execute: [oidc.allowInsecureRequests], timeout: 10 },
      )
      .catch((error: unknown) => {
        configuration = null;
        throw error;
      });
    return configuration;
  };

  return {
    async startLogin(redirectUri, extra) {
      const cfg = await config();
      const state = oidc.randomState();
      const params: Record<string, string> = {
        ...extra,
        redirect_uri: redirectUri,
        scope: client.scope,
        state,
      };
      let codeVerifier: string | null = null;
      if (!client.secret) {
        // A public client proves the code is its own with PKCE (RFC 7636, S256 only).
        codeVerifier = oidc.randomPKCECodeVerifier();
        params.code_challenge = await oidc.calculatePKCECodeChallenge(codeVerifier);
        params.code_challenge_method = 'S256';
      }
      return { url: oidc.buildAuthorizationUrl(cfg, params), pending: { state, codeVerifier } };
    },

    async finishLogin(callbackUrl, pending) {
      const cfg = await config();
      const tokens = await oidc.authorizationCodeGrant(cfg, callbackUrl, {
        expectedState: pending.state,
        ...(pending.codeVerifier ? { pkceCodeVerifier: pending.codeVerifier } : {}),
        idTokenExpected: client.scope.split(' ').includes('openid'),
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('no ID token');
      const info = await oidc.fetchUserInfo(cfg, tokens.access_token, claims.sub);
      if (typeof info.email !== 'string') throw new Error('the profile has no email');
      return {
        email: info.email,
        uid: claims.sub,
        displayName: typeof info.displayName === 'string' ? info.displayName : null,
        idToken: tokens.id_token ?? null,
      };
    },
  };
}

/** What a failed sign-in says: the OP's `error` code when it sent one (RFC 6749 §4.1.2.1). */
export function describeLoginError(error: unknown): string {
  if (error instanceof oidc.AuthorizationResponseError) return error.error;
  if (error instanceof oidc.ResponseBodyError) return error.error;
  if (error instanceof Error) return error.message;
  return 'unknown error';
}
