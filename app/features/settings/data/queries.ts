// The settings page's server data, as react-query queries keyed by uid, and the one place the
// data layer reads the session's token (signedInAccount). The page's first requests start in
// first-requests.ts; the route loader's prefetchSettingsData puts them into the cache (adopting the
// ones the entry started, app/routes/route-data.ts), and the page's queries join them.
import { queryOptions } from '@tanstack/react-query';
import { type Account, getAccount } from '../../../lib/auth-client/account-data';
import { type AttachedClient, attachedClients } from '../../../lib/auth-client/attached-clients';
import { isInvalidTokenError } from '../../../lib/auth-client/errors';
import { getProfile, type Profile } from '../../../lib/auth-client/profile-read';
import { queryClient } from '../../../query-client';
import { useSessionStore } from '../../../session/session-store';
import type { SettingsRequests } from './first-requests';
import { useSettingsQuery } from './use-settings-query';

/** Thrown by a query that runs after the session ended (never reaches the server). */
export class NoSessionError extends Error {
  override readonly name = 'NoSessionError';
}

function signedInAccount(): { uid: string; sessionToken: string } | undefined {
  const { session } = useSessionStore.getState();
  return session.status === 'signed-in' ? session.account : undefined;
}

export function currentSessionToken(): string | undefined {
  return signedInAccount()?.sessionToken;
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
const fetchAccount = () => withSessionToken(getAccount);
const fetchClients = () => withSessionToken(attachedClients);

export const accountQuery = (uid: string) =>
  queryOptions<Account>({
    queryKey: settingsKeys.account(uid),
    queryFn: fetchAccount,
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
    queryFn: fetchClients,
    gcTime: Number.POSITIVE_INFINITY,
  });

/**
 * The profile (display name, avatar). Its GET waits until the account query has settled: the
 * account is the one request content waits for, and the profile's access token is already being
 * fetched beside it (first-requests.ts), so the profile request itself starts right after
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
 * How long the loader waits for the entry's requests (their code is a chunk of its own) before
 * making them itself: a download that stalls must not leave the page on its skeletons.
 */
export const EARLY_CODE_WAIT_MS = 3000;

/**
 * Puts the page's first requests into the cache, in one parallel round: those the entry started
 * (`early`, when they are for this session's token), else the queries' own. Fresh data is not
 * fetched again; errors stay in the cache for the page to show. Without the entry's requests the
 * profile's access token is fetched by the profile query, after the account (useProfileQuery).
 */
export function prefetchSettingsData(early: Promise<SettingsRequests | null> | null): void {
  const account = signedInAccount();
  if (!account) return;
  const { uid, sessionToken } = account;
  const started = early ? adopt(early, sessionToken) : null;
  /** The query as it is, or answered by the entry's request when that one is adopted. */
  const first = <O extends object, T>(
    options: O,
    own: () => Promise<T>,
    take: (requests: SettingsRequests) => Promise<T>,
  ) =>
    started ? { ...options, queryFn: () => started.then((r) => (r ? take(r) : own())) } : options;
  void queryClient.prefetchQuery(first(accountQuery(uid), fetchAccount, (r) => r.account));
  void queryClient.prefetchQuery(first(clientsQuery(uid), fetchClients, (r) => r.clients));
}

/** The entry's requests if they are this token's and their code arrives in time, else null. */
function adopt(
  early: Promise<SettingsRequests | null>,
  sessionToken: string,
): Promise<SettingsRequests | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<null>((resolve) => {
    timer = setTimeout(resolve, EARLY_CODE_WAIT_MS, null);
  });
  return Promise.race([early, stalled]).then((started) => {
    clearTimeout(timer);
    return started?.sessionToken === sessionToken ? started : null;
  });
}
