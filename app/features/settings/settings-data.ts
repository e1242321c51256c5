// The settings page's server data, as react-query queries keyed by uid. Upstream's useAccountData
// (fxa-settings/src/lib/hooks/useAccountData) loads the same three things with
// Promise.allSettled: GET /account, the profile (POST /oauth/token → GET /v1/profile) and
// GET /account/attached_clients. On a first visit the entry starts the account and the clients
// before React has arrived (settings-requests.ts, taken over through lib/early-requests.ts); the
// route loader's prefetchSettingsData starts whatever is missing, and the page's useQuery calls
// join those requests.
import { queryOptions } from '@tanstack/react-query';
import { type Account, getAccount } from '../../lib/auth-client/account-data';
import { type AttachedClient, attachedClients } from '../../lib/auth-client/attached-clients';
import { isInvalidTokenError } from '../../lib/auth-client/errors';
import {
  getProfile,
  getProfileAccessToken,
  type Profile,
} from '../../lib/auth-client/profile-read';
import { takeEarly } from '../../lib/early-requests';
import { queryClient } from '../../query-client';
import { useSessionStore } from '../../session/session-store';
import { useSettingsQuery } from './use-settings-query';

/** Thrown by a query that runs after the session ended (never reaches the server). */
export class NoSessionError extends Error {
  override readonly name = 'NoSessionError';
}

export function currentSessionToken(): string | undefined {
  const { session } = useSessionStore.getState();
  return session.status === 'signed-in' ? session.account.sessionToken : undefined;
}

/**
 * Runs `request` with the session's token. A password change (here or in another tab) replaces
 * the token while a request may still be in flight with the old one: its errno 110 then says
 * nothing about the session we hold now, so the request is made again, once, with the new token.
 */
export async function withSessionToken<T>(request: (token: string) => Promise<T>): Promise<T> {
  const token = currentSessionToken();
  if (!token) throw new NoSessionError('signed out');
  try {
    return await request(token);
  } catch (error) {
    const now = currentSessionToken();
    if (isInvalidTokenError(error) && now && now !== token) return request(now);
    throw error;
  }
}

export const settingsKeys = {
  all: ['settings'] as const,
  account: (uid: string) => ['settings', uid, 'account'] as const,
  profile: (uid: string) => ['settings', uid, 'profile'] as const,
  clients: (uid: string) => ['settings', uid, 'clients'] as const,
};

// No abort signal is passed: moving between /settings and its sub-pages unmounts components, and
// a request cancelled then would only be made again on the way back. Kept until sign-out removes
// them (gcTime): use-settings-query.ts reads the cache without registering observers, which is
// what garbage collection counts.
export const accountQuery = (uid: string) =>
  queryOptions<Account>({
    queryKey: settingsKeys.account(uid),
    queryFn: () => withSessionToken((token) => takeEarly('account', token, getAccount)),
    gcTime: Number.POSITIVE_INFINITY,
  });

export const profileQuery = (uid: string) =>
  queryOptions<Profile>({
    queryKey: settingsKeys.profile(uid),
    queryFn: () => withSessionToken(getProfile),
    gcTime: Number.POSITIVE_INFINITY,
  });

export const clientsQuery = (uid: string) =>
  queryOptions<AttachedClient[]>({
    queryKey: settingsKeys.clients(uid),
    queryFn: () => withSessionToken((token) => takeEarly('clients', token, attachedClients)),
    gcTime: Number.POSITIVE_INFINITY,
  });

/**
 * The profile (display name, avatar). Its GET waits until the account query has settled: the
 * account is the one request content waits for, and the profile's access token is already being
 * fetched beside it (prefetchSettingsData), so the profile request itself starts right after
 * content is on screen instead of racing it for a second sequential round (bench budget: one round
 * before content). Until then the avatar and display name show skeletons.
 */
export function useProfileQuery(uid: string) {
  const account = useSettingsQuery(accountQuery(uid));
  return useSettingsQuery(profileQuery(uid), account.status !== 'pending');
}

/** Mutations share this key prefix, so an errno 110 from any of them ends the session. */
export const settingsMutationKey = (name: string) => ['settings', name] as const;

/**
 * Starts every settings request at once, without waiting for any: one parallel round. The
 * account and the attached clients are fetched; for the profile, its OAuth access token (which
 * the profile server needs first) is requested now and cached in memory. Fresh cached data is not
 * fetched again. Errors stay in the cache for the page to show.
 */
export function prefetchSettingsData(): void {
  const { session } = useSessionStore.getState();
  if (session.status !== 'signed-in') return;
  const { uid, sessionToken } = session.account;
  // The token request first: it signs a body too, so its request takes longest to leave.
  if (!queryClient.getQueryData(settingsKeys.profile(uid))) {
    // A failure here is met again, and shown, by the profile query itself.
    getProfileAccessToken(sessionToken).catch(() => {});
  }
  // On a first visit the entry has started these already (settings-requests.ts): the queries
  // take those requests over (lib/early-requests.ts).
  void queryClient.prefetchQuery(accountQuery(uid));
  void queryClient.prefetchQuery(clientsQuery(uid));
}
