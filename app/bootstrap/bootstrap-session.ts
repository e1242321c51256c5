import { isProbablyFirefox } from '../lib/browser';
import {
  type Integration,
  isSyncIntegration,
  readIntegration,
  statusService,
} from '../lib/integration';
import { setBrowserChannel } from '../lib/webchannel/browser-channel';
import { WebChannel, WebChannelError } from '../lib/webchannel/channel';
import type { IncomingMessage } from '../lib/webchannel/commands';
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
      // Firefox opened this page before registering its channel, or has accounts disabled: ask
      // again briefly, from a chunk of its own (off every page's initial JS).
      if (outcome === 'no-channel') {
        import('./ask-until-channel')
          .then((m) =>
            m.askUntilChannel(channel, statusRequest, (data) =>
              applyLateStatus(integration, parseFxaStatus(data), 'answered'),
            ),
          )
          .catch(() => {}); // best effort: the page already shows its fallback
      }
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
  if (status) store.setDevice(deviceOf(status));
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
  } else store.setDevice(deviceOf(status));
}

/** What the device state keeps of an answer (the browser's account apart from the session). */
const deviceOf = ({ signedInUser, capabilities, browserEmail }: FxaStatus) => ({
  browserAccount: signedInUser,
  capabilities,
  browserEmail,
});
