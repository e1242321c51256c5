// The settings page's first requests, the one place they start: GET /account,
// GET /account/attached_clients and the profile's OAuth access token (POST /oauth/token; the
// profile GET itself waits for the account, see queries.ts useProfileQuery). Upstream's
// useAccountData (fxa-settings/src/lib/hooks/useAccountData) loads the same things.
// On a first visit the entry starts them before React has loaded (app/routes/route-data.ts,
// docs/decisions/0001-early-settings-requests.md) and the route loader adopts them into the query
// cache (queries.ts prefetchSettingsData); otherwise the page's queries make them. Only request
// code: no react-query, nothing of React, so that the entry can load it early without them; and
// nothing else imports it, so a stalled download of it holds nothing else back.
import { type Account, getAccount } from '../../../lib/auth-client/account-data';
import { type AttachedClient, attachedClients } from '../../../lib/auth-client/attached-clients';
import { getProfileAccessToken } from '../../../lib/auth-client/profile-read';

/** One round of the page's first requests, for one session token. */
export type SettingsRequests = {
  readonly sessionToken: string;
  readonly account: Promise<Account>;
  readonly clients: Promise<AttachedClient[]>;
  /** Resolves once every request has left the page (or settled without leaving); never rejects. */
  readonly sent: Promise<void>;
};

export function startSettingsRequests(sessionToken: string): SettingsRequests {
  // The token request first: it signs a body too, so its request takes longest to leave. The
  // token is cached in memory (profile-read.ts), where the profile query finds it; its failure
  // is met again, and shown, by that query.
  const token = leaving((fetch) => getProfileAccessToken(sessionToken, { fetch }));
  const account = leaving((fetch) => getAccount(sessionToken, { fetch }));
  const clients = leaving((fetch) => attachedClients(sessionToken, { fetch }));
  // Handled here so that a failure nobody takes over is not logged as unhandled; whoever takes a
  // request over still gets its rejection.
  for (const request of [token.result, account.result, clients.result]) request.catch(() => {});
  return {
    sessionToken,
    account: account.result,
    clients: clients.result,
    sent: Promise.all([token.left, account.left, clients.left]).then(() => {}),
  };
}

/**
 * Makes a request with a fetch that notes when it leaves: `left` resolves then, or once the
 * request has settled without leaving (its key derivation failed, say). Never rejects.
 */
export function leaving<T>(request: (fetch: typeof globalThis.fetch) => Promise<T>): {
  result: Promise<T>;
  left: Promise<void>;
} {
  let leave = () => {};
  const left = new Promise<void>((resolve) => {
    leave = resolve;
  });
  const result = request((input, init) => {
    leave();
    return globalThis.fetch(input, init);
  });
  result.then(
    () => leave(),
    () => leave(),
  );
  return { result, left };
}
