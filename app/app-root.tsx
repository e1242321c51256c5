import { LocalizationProvider, type ReactLocalization } from '@fluent/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useEffect } from 'react';
import { type DataRouter, RouterProvider } from 'react-router';
import type { WebChannel } from './lib/webchannel/channel';

export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 60_000, retry: false, refetchOnWindowFocus: false } },
});

let loadedSent = false;

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
