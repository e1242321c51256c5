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
  /** See WebChannelOptions.trustedOnly. */
  trustedOnly?: boolean;
};

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

  let status: FxaStatus | null = null;
  let outcome: DeviceChannel = 'answered';
  try {
    const data = await channel.request('fxaccounts:fxa_status', {
      service: statusService(integration),
      context: integration.context,
      isPairing: integration.isPairing,
    });
    status = parseFxaStatus(data);
    if (!status) outcome = 'error';
  } catch (error) {
    outcome =
      error instanceof WebChannelError && error.kind === 'timeout'
        ? 'timeout'
        : error instanceof WebChannelError && error.kind === 'no-such-channel'
          ? 'no-channel'
          : 'error';
  }
  store.setDevice({ channel: outcome });
  hydrate(integration, status);
  return channel;
}

function hydrate(integration: Integration, status: FxaStatus | null) {
  const store = useSessionStore.getState();
  const browser = status?.signedInUser ?? null;
  if (status) store.setDevice({ browserAccount: browser, capabilities: status.capabilities });
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
  if (!status) return;
  const store = useSessionStore.getState();
  store.setDevice({ channel: 'answered' });
  // Only fill a gap or honour Sync's rule; never swap the account under a page already in use.
  if (store.session.status !== 'signed-in' || isSyncIntegration(integration)) {
    hydrate(integration, status);
  } else {
    store.setDevice({ browserAccount: status.signedInUser, capabilities: status.capabilities });
  }
}
