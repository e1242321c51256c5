import { type WebChannel, WebChannelError } from '../lib/webchannel/channel';
import type { FxaStatusRequest } from '../lib/webchannel/commands';
import { useSessionStore } from '../session/session-store';

/**
 * After `No Such Channel`, fxa_status is asked again every NO_CHANNEL_RETRY_MS for at most
 * NO_CHANNEL_RETRY_FOR_MS. Firefox registers the channel from an idle task after its first
 * window's delayed startup (browser-sync.js gSync.init → FxAccountsWebChannel.sys.mjs
 * EnsureFxAccountsWebChannel); a page it opens at launch (command line, session restore) asks
 * before that and is refused for ~0.5–0.8 s on a quiet machine (firefox-esr 153, issue #20); on
 * the suite's loaded 2 cores the session became known up to 1.85 s after DOMContentLoaded
 * (e2e/firefox/cold-start-firefox.spec.ts), too close to 2 s: hence 3 s. The first render never waits for these. A Firefox with accounts disabled refuses every
 * time: at most 20 messages, nothing shown.
 */
export const NO_CHANNEL_RETRY_MS = 150;
export const NO_CHANNEL_RETRY_FOR_MS = 3_000;

/**
 * Asks until Firefox answers or the time is up; the answer goes to `onAnswer` (the bootstrap's
 * late-reply path: no reload, never swaps an account the page shows outside Sync). A reply
 * slower than the request's timeout still arrives through the channel's late-reply subscription.
 */
export function askUntilChannel(
  channel: WebChannel,
  request: FxaStatusRequest,
  onAnswer: (data: unknown) => void,
): void {
  const deadline = Date.now() + NO_CHANNEL_RETRY_FOR_MS;
  const ask = () => {
    channel.request('fxaccounts:fxa_status', request).then(onAnswer, (error: unknown) => {
      const refused = error instanceof WebChannelError && error.kind === 'no-such-channel';
      if (!refused) {
        const timeout = error instanceof WebChannelError && error.kind === 'timeout';
        useSessionStore.getState().setDevice({ channel: timeout ? 'timeout' : 'error' });
      } else if (Date.now() + NO_CHANNEL_RETRY_MS <= deadline) {
        setTimeout(ask, NO_CHANNEL_RETRY_MS);
      }
    });
  };
  setTimeout(ask, NO_CHANNEL_RETRY_MS);
}
