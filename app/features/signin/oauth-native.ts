import { type AuthorizationParams, createOAuthCode } from '../../lib/auth-client/oauth';
import { notifyBrowser } from '../../lib/webchannel/browser-channel';
import type { SyncEngines } from '../../lib/webchannel/commands';
import type { OAuthParams } from '../oauth/oauth-params';
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
  const result = await createOAuthCode(
    pending.account.sessionToken,
    nativeAuthorizationParams(params),
  );
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
