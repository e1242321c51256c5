import { type WebChannel, WebChannelError } from '../lib/webchannel/channel';
import type { FxaStatusRequest } from '../lib/webchannel/commands';
import { useSessionStore } from '../session/session-store';

/**
 * After `No Such Channel`, how long to wait before each new fxa_status: 150 ms at first, each
 * wait 1.25× the last, 12 asks in all (~8 s). Firefox registers the channel from an idle task
 * after its first window's delayed startup (browser-sync.js gSync.init →
 * FxAccountsWebChannel.sys.mjs EnsureFxAccountsWebChannel); a page it opens at launch (command
 * line, session restore) asks before that and is refused for ~0.5–0.8 s on a quiet machine
 * (firefox-esr 153, issue #20). On the suite's loaded 2 cores the session became known up to
 * 1.85 s after DOMContentLoaded, and a fixed 2–3 s window was missed once
 * (e2e/firefox/cold-start-firefox.spec.ts): quick asks first, then slower ones. The first render
 * never waits for these; a Firefox with accounts disabled refuses every time: 12 messages,
 * nothing shown.
 */
export const NO_CHANNEL_RETRY_DELAYS_MS = Array.from({ length: 12 }, (_, i) =>
  Math.round(150 * 1.25 ** i),
);

/**
 * Asks until Firefox answers or the asks run out; the answer goes to `onAnswer` (the bootstrap's
 * late-reply path: no reload, never swaps an account the page shows outside Sync). A reply
 * slower than the request's timeout still arrives through the channel's late-reply subscription.
 */
export function askUntilChannel(
  channel: WebChannel,
  request: FxaStatusRequest,
  onAnswer: (data: unknown) => void,
): void {
  const delays = [...NO_CHANNEL_RETRY_DELAYS_MS];
  const ask = () => {
    channel.request('fxaccounts:fxa_status', request).then(onAnswer, (error: unknown) => {
      const refused = error instanceof WebChannelError && error.kind === 'no-such-channel';
      if (!refused) {
        const timeout = error instanceof WebChannelError && error.kind === 'timeout';
        useSessionStore.getState().setDevice({ channel: timeout ? 'timeout' : 'error' });
      } else if (delays.length > 0) {
        setTimeout(ask, delays.shift());
      }
    });
  };
  setTimeout(ask, delays.shift());
}
