import { LocalizationProvider, type ReactLocalization } from '@fluent/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useEffect } from 'react';
import { type DataRouter, RouterProvider } from 'react-router';
import type { WebChannel } from './lib/webchannel/channel';
import { followOtherTabs } from './session/cross-tab';

// networkMode 'always': react-query's default ('online') pauses requests while navigator.onLine
// is false, which leaves a save or a page load waiting, button disabled, until the browser is back
// online; failing at once lets the page say so and keep what was typed (security reference F1).
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      retry: false,
      refetchOnWindowFocus: false,
      networkMode: 'always',
    },
    mutations: { networkMode: 'always' },
  },
});

let loadedSent = false;

/** Other tabs' sign-outs and password changes reach this tab (session/cross-tab.ts). */
function useFollowOtherTabs() {
  useEffect(
    () =>
      followOtherTabs((event) => {
        if (event.name === 'profile_changed') void queryClient.invalidateQueries();
      }),
    [],
  );
}

/** Tells the browser the page is up, once, after the first commit (StrictMode runs effects twice). */
function useLoadedSignal(channel: WebChannel | null) {
  useEffect(() => {
    if (loadedSent || !channel) return;
    loadedSent = true;
    channel.send('fxaccounts:loaded', {});
  }, [channel]);
}

type AppRootProps = { l10n: ReactLocalization; channel: WebChannel | null; router: DataRouter };

export function AppRoot({ l10n, channel, router }: AppRootProps) {
  useLoadedSignal(channel);
  useFollowOtherTabs();
  return (
    <StrictMode>
      <LocalizationProvider l10n={l10n}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </LocalizationProvider>
    </StrictMode>
  );
}
