import { isProbablyFirefox } from '../lib/browser';
import {
  type Integration,
  isSyncIntegration,
  readIntegration,
  statusService,
} from '../lib/integration';
import { setBrowserChannel } from '../lib/webchannel/browser-channel';
import { WebChannel, WebChannelError } from '../lib/webchannel/channel';
import type { CommandData, IncomingMessage } from '../lib/webchannel/commands';
import { type FxaStatus, parseFxaStatus } from '../lib/webchannel/fxa-status';
import { readSignedInAccount, saveAccount } from '../session/account-storage';
import { chooseSession } from '../session/precedence';
import { type DeviceChannel, useSessionStore } from '../session/session-store';

export type BootstrapOptions = {
  url: URL;
  userAgent: string;
  target?: EventTarget;
  timeoutMs?: number;
  /** How long the first render waits for the answer (FIRST_RENDER_WAIT_MS). */
  firstRenderWaitMs?: number;
  /** See WebChannelOptions.trustedOnly. */
  trustedOnly?: boolean;
};

/**
 * How long the first render waits for Firefox's answer when storage already holds the account the
 * page would use anyway (storageDecides): then it goes ahead, the exchange goes on until the
 * WebChannel timeout (500 ms, as upstream), and an answer after this point is applied like a late
 * one (it fills in the browser's account and capabilities, never swaps the page's). Desktop Firefox
 * answers in 3–21 ms (../shared/reference/perf-floor.md §2.5): this only decides when a Firefox
 * that does not answer stops holding the page. Rendering takes ~150 ms on the bench's machine, so
 * after the whole timeout the fallback came ~650 ms after the request (perf budget: at or before
 * the timeout).
 */
export const FIRST_RENDER_WAIT_MS = 300;

/**
 * After `No Such Channel`, fxa_status is asked again every NO_CHANNEL_RETRY_MS for at most
 * NO_CHANNEL_RETRY_FOR_MS. Firefox registers the channel from an idle task after its first
 * window's delayed startup (browser-sync.js gSync.init → FxAccountsWebChannel.sys.mjs
 * EnsureFxAccountsWebChannel); a page it opens at launch (command line, session restore) asks
 * before that and is refused for ~0.5–0.8 s (measured on firefox-esr 153, issue #20). The first
 * render never waits for these; an answer is applied like a late one. A Firefox with accounts
 * disabled refuses every time: ~13 messages, nothing shown.
 */
export const NO_CHANNEL_RETRY_MS = 150;
export const NO_CHANNEL_RETRY_FOR_MS = 2_000;

/**
 * Asks the browser who is signed in, then decides the session, all before the first render.
 * Nothing here touches the network: a token is checked by the first request that uses it.
 * Non-Firefox browsers send nothing and wait for nothing.
 */
export async function bootstrapSession(options: BootstrapOptions): Promise<WebChannel | null> {
  const integration = readIntegration(options.url);
  const store = useSessionStore.getState();
  if (!isProbablyFirefox(options.userAgent)) {
    store.setDevice({ channel: 'skipped' });
    setBrowserChannel(null);
    hydrate(integration, null);
    return null;
  }

  const channel = new WebChannel({
    target: options.target,
    userAgent: options.userAgent,
    timeoutMs: options.timeoutMs,
    trustedOnly: options.trustedOnly,
  });
  setBrowserChannel(channel);
  // A reply after the timeout still signs the page in, without a reload.
  channel.subscribe((message) => onLateStatus(integration, message));

  // The first render goes ahead at the answer, or without it after FIRST_RENDER_WAIT_MS; an
  // answer after that is applied as a late one.
  let rendered = false;
  const settle = (status: FxaStatus | null, outcome: DeviceChannel) => {
    if (rendered) return applyLateStatus(integration, status, outcome);
    store.setDevice({ channel: outcome });
    hydrate(integration, status);
  };
  const statusRequest = {
    service: statusService(integration),
    context: integration.context,
    isPairing: integration.isPairing,
  };
  const answered = channel.request('fxaccounts:fxa_status', statusRequest).then(
    (data) => {
      const status = parseFxaStatus(data);
      settle(status, status ? 'answered' : 'error');
    },
    (error: unknown) => {
      const outcome = failureOutcome(error);
      settle(null, outcome);
      if (outcome === 'no-channel') askUntilChannel(channel, integration, statusRequest);
    },
  );
  const wait = options.firstRenderWaitMs ?? FIRST_RENDER_WAIT_MS;
  const timer = new Promise<boolean>((resolve) => setTimeout(resolve, wait, true));
  if (await Promise.race([answered, timer])) {
    if (storageDecides(integration)) {
      rendered = true;
      // The device stays `pending` until it answers or the timeout ends the exchange.
      hydrate(integration, null);
    } else await answered;
  }
  return channel;
}

function failureOutcome(error: unknown): DeviceChannel {
  if (!(error instanceof WebChannelError)) return 'error';
  if (error.kind === 'timeout') return 'timeout';
  return error.kind === 'no-such-channel' ? 'no-channel' : 'error';
}

/**
 * Asks again, briefly, after `No Such Channel` (see NO_CHANNEL_RETRY_MS). The page has already
 * rendered its fallback; an answer goes through the late-reply path (no reload, never swaps an
 * account the page shows outside Sync). A reply slower than the request's timeout still arrives
 * through the channel's late-reply subscription.
 */
function askUntilChannel(
  channel: WebChannel,
  integration: Integration,
  request: CommandData['fxaccounts:fxa_status'],
) {
  const deadline = Date.now() + NO_CHANNEL_RETRY_FOR_MS;
  const ask = () => {
    channel.request('fxaccounts:fxa_status', request).then(
      (data) => applyLateStatus(integration, parseFxaStatus(data), 'answered'),
      (error: unknown) => {
        const outcome = failureOutcome(error);
        if (outcome === 'no-channel' && Date.now() + NO_CHANNEL_RETRY_MS <= deadline) {
          setTimeout(ask, NO_CHANNEL_RETRY_MS);
        } else if (outcome !== 'no-channel') {
          useSessionStore.getState().setDevice({ channel: outcome });
        }
      },
    );
  };
  setTimeout(ask, NO_CHANNEL_RETRY_MS);
}

/**
 * Whether the session no longer depends on the answer: a stored account that an answer would not
 * replace (outside Sync a local account wins, and a late answer never swaps it). Otherwise the
 * first render waits for the answer up to the timeout, so that a page never shows signed out and
 * then flips to the browser's account.
 */
function storageDecides(integration: Integration): boolean {
  return !isSyncIntegration(integration) && readSignedInAccount() !== undefined;
}

function hydrate(integration: Integration, status: FxaStatus | null) {
  const store = useSessionStore.getState();
  const browser = status?.signedInUser ?? null;
  if (status) {
    store.setDevice({
      browserAccount: browser,
      capabilities: status.capabilities,
      browserEmail: status.browserEmail,
    });
  }
  const chosen = chooseSession({
    isSync: isSyncIntegration(integration),
    browser,
    local: readSignedInAccount(),
  });
  if (browser) {
    // Remember the browser's account like upstream (merged by uid, token refreshed); it becomes
    // the current account only when it is the one the page now acts as.
    saveAccount(browser, { makeCurrent: chosen?.source === 'browser' });
  }
  if (chosen) useSessionStore.setState({ session: { status: 'signed-in', ...chosen } });
  else useSessionStore.setState({ session: { status: 'signed-out' } });
}

function onLateStatus(integration: Integration, message: IncomingMessage) {
  if (message.command !== 'fxaccounts:fxa_status' || !message.late) return;
  const status = parseFxaStatus(message.data);
  if (status) applyLateStatus(integration, status, 'answered');
}

/** An answer that came after the first render (the page may already be in use). */
function applyLateStatus(
  integration: Integration,
  status: FxaStatus | null,
  outcome: DeviceChannel,
) {
  const store = useSessionStore.getState();
  store.setDevice({ channel: outcome });
  if (!status) return;
  // Only fill a gap or honour Sync's rule; never swap the account under a page already in use.
  if (store.session.status !== 'signed-in' || isSyncIntegration(integration)) {
    hydrate(integration, status);
  } else {
    store.setDevice({
      browserAccount: status.signedInUser,
      capabilities: status.capabilities,
      browserEmail: status.browserEmail,
    });
  }
}
