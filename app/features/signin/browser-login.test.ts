import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installDeviceSimulator } from '../../../mocks/device/simulator';
import { setBrowserChannel } from '../../lib/webchannel/browser-channel';
import { WebChannel, WebChannelError } from '../../lib/webchannel/channel';
import { DEFAULT_CAPABILITIES } from '../../lib/webchannel/fxa-status';
import { useSessionStore } from '../../session/session-store';
import { browserCanLinkAccount, sendBrowserLogin } from './browser-login';
import { readSigninFlow } from './flow';
import type { PendingSignin } from './pending-signin';

const account = {
  uid: 'a'.repeat(32),
  email: 'a@example.com',
  sessionToken: 'b'.repeat(64),
  verified: true,
};
const keys = { keyFetchToken: 'c'.repeat(64), unwrapBKey: 'd'.repeat(64) };
const pending: PendingSignin = {
  account,
  action: 'signin',
  emailVerified: true,
  sessionVerified: true,
  keys,
  verifiedCanLinkAccount: true,
};
const flowOf = (query: string) => readSigninFlow(new URL(`http://localhost/?${query}`), null);

function browser(config: Parameters<typeof installDeviceSimulator>[0]) {
  const target = new EventTarget();
  const device = installDeviceSimulator(config, target);
  setBrowserChannel(new WebChannel({ target, userAgent: 'Firefox/153.0' }));
  return device;
}

describe('browserCanLinkAccount', () => {
  beforeEach(() => useSessionStore.setState(useSessionStore.getInitialState(), true));
  afterEach(() => {
    setBrowserChannel(null);
    vi.useRealTimers();
  });

  it('asks with the email, and the uid when the browser accepts one', async () => {
    const device = browser({ signedInUser: null });
    expect(await browserCanLinkAccount(account.email, account.uid)).toBe(true);
    useSessionStore
      .getState()
      .setDevice({ capabilities: { ...DEFAULT_CAPABILITIES, can_link_account_uid: true } });
    expect(await browserCanLinkAccount(account.email, account.uid)).toBe(true);
    expect(device.sent.map((m) => m.data)).toEqual([
      { email: account.email },
      { email: account.email, uid: account.uid },
    ]);
  });

  it('a refusal is false', async () => {
    browser({ signedInUser: null, canLinkAccount: false });
    expect(await browserCanLinkAccount(account.email)).toBe(false);
  });

  it('waits as long as the user needs when the browser answered fxa_status', async () => {
    vi.useFakeTimers();
    browser({ signedInUser: null, delayMs: 60_000 });
    useSessionStore.getState().setDevice({ channel: 'answered' });
    const answer = browserCanLinkAccount(account.email);
    await vi.advanceTimersByTimeAsync(60_000);
    await expect(answer).resolves.toBe(true);
  });

  it('a browser that never answered gets the usual timeout', async () => {
    vi.useFakeTimers();
    browser({ signedInUser: null, delayMs: 60_000 });
    useSessionStore.getState().setDevice({ channel: 'timeout' });
    const answer = browserCanLinkAccount(account.email);
    const failed = expect(answer).rejects.toBeInstanceOf(WebChannelError);
    await vi.advanceTimersByTimeAsync(500);
    await failed;
  });

  it('no WebChannel at all is a browser error', async () => {
    setBrowserChannel(null);
    await expect(browserCanLinkAccount(account.email)).rejects.toBeInstanceOf(WebChannelError);
  });
});

describe('sendBrowserLogin', () => {
  beforeEach(() => useSessionStore.setState(useSessionStore.getInitialState(), true));
  afterEach(() => setBrowserChannel(null));

  it('Sync: keys and the engine choice, and the page now acts as the browser’s account', () => {
    const device = browser({ signedInUser: null });
    const engines = { offeredEngines: ['tabs', 'history'], declinedEngines: ['history'] };
    sendBrowserLogin(pending, flowOf('context=fx_desktop_v3&service=sync'), engines);
    expect(device.sent[0]).toMatchObject({
      command: 'fxaccounts:login',
      data: { ...account, ...keys, verifiedCanLinkAccount: true, services: { sync: engines } },
    });
    expect(useSessionStore.getState().session).toEqual({
      status: 'signed-in',
      source: 'browser',
      account,
    });
    expect(useSessionStore.getState().device.browserAccount).toEqual(account);
  });

  it('OAuth native: never the keys; the service by name', () => {
    const device = browser({ signedInUser: null });
    const flow = flowOf('context=oauth_webchannel_v1&client_id=5882386c6d801776&service=relay');
    sendBrowserLogin(pending, flow);
    expect(device.sent[0]?.data).toEqual({
      ...account,
      verifiedCanLinkAccount: true,
      services: { relay: {} },
    });
  });
});
