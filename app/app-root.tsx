import { LocalizationProvider, type ReactLocalization } from '@fluent/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useEffect } from 'react';
import { type DataRouter, RouterProvider } from 'react-router';
import type { WebChannel } from './lib/webchannel/channel';
import { queryClient } from './query-client';
import { useSessionStore } from './session/session-store';

let loadedSent = false;

/**
 * Other tabs' sign-outs and password changes reach this tab (session/cross-tab.ts). Its code
 * loads after the first render, not in every page's initial JS (the size budget): what another
 * tab does in the few milliseconds before, this tab meets on its next request (errno 110).
 */
function useFollowOtherTabs() {
  useEffect(() => {
    let stop: (() => void) | undefined;
    let done = false;
    import('./session/cross-tab')
      .then(({ followOtherTabs }) => {
        if (done) return;
        stop = followOtherTabs((event) => {
          if (event.name === 'profile_changed') void queryClient.invalidateQueries();
        });
      })
      // Best effort: the chunk could not be fetched; the next request finds a signed-out session.
      .catch(() => {});
    return () => {
      done = true;
      stop?.();
    };
  }, []);
}

/**
 * Tells the browser the page is up, once: after the first commit (StrictMode runs effects twice)
 * and after the device exchange has ended. The first render may go ahead without the answer
 * (bootstrap-session.ts, FIRST_RENDER_WAIT_MS), and the exchange must end before `loaded`.
 */
function useLoadedSignal(channel: WebChannel | null) {
  const exchangeOver = useSessionStore((s) => s.device.channel !== 'pending');
  useEffect(() => {
    if (loadedSent || !channel || !exchangeOver) return;
    loadedSent = true;
    channel.send('fxaccounts:loaded', {});
  }, [channel, exchangeOver]);
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
