import { AuthServerError, ERRNO, isNetworkError } from '../auth-client/errors';
import { getOAuthClient } from '../auth-client/oauth';
import { OAUTH_ERRORS, OAuthFailureError } from './oauth-errors';
import type { ClientInfo } from './oauth-params';

// What the server says about a relier (`GET /v1/oauth/client/:id`): its name, registered
// redirect URIs and whether it is trusted. Fetched once per client and page, as soon as the page
// renders, so the click that finishes the flow needs no second request (the bench measures it).
// Upstream: fxa-settings components/App (clientInfo), models/integrations/oauth-integration.ts.

/** Waits before the 2nd and 3rd attempt: transient faults are retried, not forever (B5). */
export const CLIENT_INFO_RETRY_DELAYS_MS = [300, 1_000];

const cache = new Map<string, Promise<ClientInfo>>();

/** Test hook: forget what was fetched. */
export function clearClientInfoCache(): void {
  cache.clear();
}

/**
 * The client's information, or an OAuthFailureError: unknown client (101) for an id the server
 * does not know, "System unavailable" (998) once retries of network faults and 5xx are spent.
 * A failure is not cached, so a later call (the "Try again" button) asks again.
 */
export function loadClientInfo(clientId: string): Promise<ClientInfo> {
  let pending = cache.get(clientId);
  if (!pending) {
    pending = fetchWithRetries(clientId);
    cache.set(clientId, pending);
    pending.catch(() => cache.delete(clientId));
  }
  return pending;
}

async function fetchWithRetries(clientId: string): Promise<ClientInfo> {
  for (let attempt = 0; ; attempt++) {
    try {
      const raw = await getOAuthClient(clientId);
      const info: ClientInfo = {
        id: clientId,
        name: raw.name,
        redirectUri: raw.redirect_uri,
        // Anything but an explicit `true` is untrusted: the safe reading of an odd answer.
        trusted: raw.trusted === true,
        ...(typeof raw.image_uri === 'string' && raw.image_uri ? { imageUri: raw.image_uri } : {}),
      };
      return info;
    } catch (error) {
      const delay = CLIENT_INFO_RETRY_DELAYS_MS[attempt];
      if (isTransient(error) && delay !== undefined) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        continue;
      }
      throw new OAuthFailureError(clientInfoFailure(error));
    }
  }
}

function isTransient(error: unknown): boolean {
  return isNetworkError(error) || (error instanceof AuthServerError && error.code >= 500);
}

function clientInfoFailure(error: unknown) {
  if (error instanceof AuthServerError && error.errno === ERRNO.UNKNOWN_CLIENT_ID) {
    return OAUTH_ERRORS.unknownClient();
  }
  // Network, 5xx, a malformed answer: the client could not be checked, so nothing goes on.
  return OAUTH_ERRORS.serviceUnavailable();
}
