import { accountKeys } from '../../lib/auth-client/account';
import {
  type AuthorizationParams,
  createOAuthCode,
  getScopedKeyData,
} from '../../lib/auth-client/oauth';
import { base64urlDecode, utf8Decode } from '../../lib/crypto/bytes';
import { encryptToJwk, isEcPublicJwk } from '../../lib/crypto/jwe';
import { deriveScopedKey, type ScopedKeyJwk } from '../../lib/crypto/scoped-keys';
import type { OAuthParams } from '../../lib/oauth/oauth-params';
import { notifyBrowser } from '../../lib/webchannel/browser-channel';
import type { SyncEngines } from '../../lib/webchannel/commands';
import type { PendingSignin } from './pending-signin';

// OAuth native (`context=oauth_webchannel_v1`): Firefox's own OAuth flows (Sync on desktop 123+
// and mobile, Relay, VPN…). The code does not go to a redirect: the page hands it to the browser
// with fxaccounts:oauth_login, and Firefox exchanges it itself (PKCE verifier on its side).
// Shapes: fxa-upstream.md §1.2, §2.2, §4.3; upstream pages/Signin/utils.ts (handleNavigation).

/** Upstream's redirect for codes delivered over the WebChannel (oauth-native-integration.ts). */
export const WEBCHANNEL_REDIRECT = 'urn:ietf:wg:oauth:2.0:oob:oauth-redirect-webchannel';

/** The authorization request for the browser's own client, from the validated URL parameters. */
export function nativeAuthorizationParams(params: OAuthParams): AuthorizationParams {
  const request: AuthorizationParams = {
    client_id: params.clientId,
    state: params.state,
    scope: params.scopes.join(' '),
    response_type: 'code',
    access_type: params.accessType,
  };
  if (params.redirectUri) request.redirect_uri = params.redirectUri;
  if (params.codeChallenge) {
    request.code_challenge = params.codeChallenge;
    request.code_challenge_method = 'S256';
  }
  if (params.acrValues) request.acr_values = params.acrValues;
  if (params.maxAge !== undefined) request.max_age = params.maxAge;
  return request;
}

/** The browser's `keys_jwk`: base64url of an EC P-256 public JWK, or undefined if it is not one. */
function recipientKey(keysJwk: string) {
  try {
    const jwk: unknown = JSON.parse(utf8Decode(base64urlDecode(keysJwk)));
    return isEcPublicJwk(jwk) ? jwk : undefined;
  } catch {
    return undefined;
  }
}

// The key-fetch token is single-use: a retry after a failed code request reuses the bundle.
const bundles = new WeakMap<PendingSignin, string>();

/**
 * `keys_jwe` for a flow that sent `keys_jwk` (Sync's scoped keys): kB from the key-fetch token,
 * one scoped key per key-bearing scope (POST /account/scoped-key-data), all encrypted to the
 * browser's key, so kB itself never leaves the page (fxa-upstream.md §4.3).
 */
async function keysJwe(pending: PendingSignin, params: OAuthParams): Promise<string | undefined> {
  if (!params.keysJwk) return undefined;
  const cached = bundles.get(pending);
  if (cached) return cached;
  const recipient = recipientKey(params.keysJwk);
  if (!recipient) throw new Error('keys_jwk is not an EC P-256 public key');
  if (!pending.keys) throw new Error('keys are wanted but the sign-in has none');
  const { kB } = await accountKeys(pending.keys.keyFetchToken, pending.keys.unwrapBKey);
  const scopes = await getScopedKeyData(
    pending.account.sessionToken,
    params.clientId,
    params.scopes.join(' '),
  );
  const keys: Record<string, ScopedKeyJwk> = {};
  for (const [scope, data] of Object.entries(scopes)) {
    keys[scope] = await deriveScopedKey({ kB, uid: pending.account.uid, ...data });
  }
  const bundle = await encryptToJwk(recipient, JSON.stringify(keys));
  bundles.set(pending, bundle);
  return bundle;
}

/**
 * Mints the code for the browser's client and sends `fxaccounts:oauth_login`. Sent after
 * fxaccounts:login, which Firefox desktop needs first (upstream: "This _must_ be sent before
 * fxaOAuthLogin for Desktop OAuth flow").
 */
export async function sendOAuthLoginToBrowser(
  pending: PendingSignin,
  params: OAuthParams,
  engines?: SyncEngines,
): Promise<void> {
  const request = nativeAuthorizationParams(params);
  const jwe = await keysJwe(pending, params);
  if (jwe) request.keys_jwe = jwe;
  const result = await createOAuthCode(pending.account.sessionToken, request);
  notifyBrowser('fxaccounts:oauth_login', {
    action: pending.action,
    code: result.code,
    state: params.state,
    redirect: WEBCHANNEL_REDIRECT,
    ...(result.scope ? { scope: result.scope } : {}),
    ...(engines?.offeredEngines ? { offeredSyncEngines: engines.offeredEngines } : {}),
    ...(engines?.declinedEngines ? { declinedSyncEngines: engines.declinedEngines } : {}),
  });
}
