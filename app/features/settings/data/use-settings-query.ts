import {
  type FetchQueryOptions,
  hashKey,
  type QueryKey,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';

export type SettingsQuery<T> = {
  status: 'pending' | 'error' | 'success';
  data: T | undefined;
  error: Error | null;
  isFetching: boolean;
  refetch: () => void;
};

/**
 * Reads one settings query from react-query's cache and keeps the component in step with it,
 * fetching when the cache has nothing fresh (an in-flight request, e.g. the route loader's
 * prefetch, is joined rather than repeated) and again when the query is invalidated. Only
 * react-query's documented client API is used: fetchQuery, getQueryState, the cache's subscribe.
 *
 * Why not useQuery: its QueryObserver is about 2.8 KiB gzip, a third of what the whole settings
 * route may add to the entry under the bundle-size budget (scripts/bundle-size.test.ts), and the
 * page needs none of what it adds (placeholders, select, refetch intervals, suspense). Mutations,
 * which only lazy chunks use, keep react-query's useMutation.
 */
export function useSettingsQuery<T>(
  options: FetchQueryOptions<T, Error, T, QueryKey>,
  enabled = true,
): SettingsQuery<T> {
  const client = useQueryClient();
  const hash = hashKey(options.queryKey);
  const subscribe = useCallback(
    (onChange: () => void) =>
      client.getQueryCache().subscribe((event) => {
        if (event.query.queryHash === hash) onChange();
      }),
    [client, hash],
  );
  // The state object is replaced on every change, so it is a stable snapshot between changes.
  const state = useSyncExternalStore(subscribe, () =>
    client.getQueryState<T, Error>(options.queryKey),
  );
  // The options object is rebuilt on every render; its key (hash) says what it fetches.
  const latest = useRef(options);
  latest.current = options;
  const fetch = useCallback(
    (fresh: boolean) => {
      const o = latest.current;
      // A failure is as fresh as data would be: a page that mounts right after the route
      // loader's request failed shows that failure instead of asking again (a 429 or 503 must
      // not be retried before its Retry-After; security reference F4). Try again and an
      // invalidation ask anew. (react-query marks every failed query invalidated, so that flag
      // cannot tell an explicit invalidation apart.)
      const s = client.getQueryState(o.queryKey);
      const staleMs = Number(o.staleTime ?? client.getDefaultOptions().queries?.staleTime ?? 0);
      if (!fresh && s?.error && Date.now() - s.errorUpdatedAt < staleMs) {
        return;
      }
      // Failures stay in the cache (state.error) for the page to show; nothing to do here.
      client.fetchQuery(fresh ? { ...o, staleTime: 0 } : o).catch(() => {});
    },
    [client],
  );
  useEffect(() => {
    if (!enabled) return;
    fetch(false);
    // invalidateQueries only refetches queries with observers, and this hook registers none:
    // follow invalidations here (another tab changed the profile, a change was just saved).
    return client.getQueryCache().subscribe((event) => {
      if (
        event.query.queryHash === hash &&
        event.type === 'updated' &&
        event.action.type === 'invalidate'
      ) {
        fetch(true);
      }
    });
  }, [client, enabled, fetch, hash]);
  return {
    status: state?.status ?? 'pending',
    data: state?.data,
    error: state?.error ?? null,
    isFetching: state?.fetchStatus === 'fetching',
    refetch: () => fetch(true),
  };
}
