import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type DeviceConfig, installDeviceSimulator } from '../../mocks/device/simulator';
import { readAccounts, saveAccount } from '../session/account-storage';
import { useSessionStore } from '../session/session-store';
import { NO_CHANNEL_RETRY_DELAYS_MS } from './ask-until-channel';
import { bootstrapSession, FIRST_RENDER_WAIT_MS } from './bootstrap-session';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0';
const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36';
const browserUser = {
  email: 'browser@example.com',
  uid: 'a'.repeat(32),
  sessionToken: '1'.repeat(64),
  verified: true,
};
const localUser = {
  email: 'local@example.com',
  uid: 'b'.repeat(32),
  sessionToken: '2'.repeat(64),
  verified: true,
};

function setup(device: DeviceConfig | null, url = 'http://localhost:3030/settings') {
  const target = new EventTarget();
  const handle = device ? installDeviceSimulator(device, target) : null;
  const run = (userAgent = FIREFOX, timeoutMs?: number) =>
    bootstrapSession({ url: new URL(url), userAgent, target, timeoutMs });
  return { target, handle, run };
}

const session = () => useSessionStore.getState().session;

describe('bootstrapSession', () => {
  beforeEach(() => useSessionStore.setState(useSessionStore.getInitialState(), true));
  afterEach(() => vi.useRealTimers());

  it('signs in from the browser with empty storage, and remembers the account', async () => {
    const { run, handle } = setup({ signedInUser: browserUser });
    await run();
    expect(session()).toEqual({ status: 'signed-in', source: 'browser', account: browserUser });
    expect(handle?.sent.map((m) => m.command)).toEqual(['fxaccounts:fxa_status']);
    expect(readAccounts()[browserUser.uid]?.sessionToken).toBe(browserUser.sessionToken);
    expect(useSessionStore.getState().device.channel).toBe('answered');
  });

  it('asks with service, context and isPairing from the URL, and works without context', async () => {
    const withContext = setup(
      { signedInUser: null },
      'http://localhost:3030/?service=sync&context=fx_desktop_v3',
    );
    await withContext.run();
    expect(withContext.handle?.sent[0]?.data).toEqual({
      service: 'sync',
      context: 'fx_desktop_v3',
      isPairing: false,
    });
    const relier = setup(
      { signedInUser: browserUser },
      'http://localhost:3030/authorization?client_id=dcdb5ae7add825d2&state=s',
    );
    await relier.run();
    expect(relier.handle?.sent[0]?.data).toEqual({
      service: 'dcdb5ae7add825d2',
      context: '',
      isPairing: false,
    });
    expect(session()).toMatchObject({ status: 'signed-in', source: 'browser' });
  });

  it('sends nothing and waits for nothing on a non-Firefox browser', async () => {
    saveAccount(localUser, { makeCurrent: true });
    const { run, handle } = setup({ signedInUser: browserUser });
    await run(CHROME);
    expect(handle?.sent).toEqual([]);
    expect(session()).toEqual({ status: 'signed-in', source: 'storage', account: localUser });
    expect(useSessionStore.getState().device.channel).toBe('skipped');
  });

  it('a local account wins over the browser’s outside Sync; the browser’s wins for Sync', async () => {
    saveAccount(localUser, { makeCurrent: true });
    await setup({ signedInUser: browserUser }).run();
    expect(session()).toMatchObject({ source: 'storage', account: { email: 'local@example.com' } });
    await setup(
      { signedInUser: browserUser },
      'http://localhost:3030/?context=fx_desktop_v3&service=sync',
    ).run();
    expect(session()).toMatchObject({
      source: 'browser',
      account: { email: 'browser@example.com' },
    });
  });

  it.each([
    ['unverified', { signedInUser: { ...browserUser, verified: false } }],
    ['malformed token', { signedInUser: { ...browserUser, sessionToken: 'nope' } }],
    ['malformed detail', { signedInUser: browserUser, malformed: true }],
    ['forged shape', { signedInUser: null, statusOverride: { signedInUser: [browserUser] } }],
  ])('does not trust a %s reply', async (_name, config) => {
    const { run } = setup(config as DeviceConfig);
    await run(FIREFOX, 50);
    expect(session()).toEqual({ status: 'signed-out' });
  });

  it('keeps only the address of an account Firefox reports unverified: nothing stored, no session', async () => {
    await setup({ signedInUser: { ...browserUser, verified: false } }).run(FIREFOX, 50);
    expect(session()).toEqual({ status: 'signed-out' });
    expect(useSessionStore.getState().device).toMatchObject({
      browserAccount: null,
      browserEmail: browserUser.email,
    });
    expect(readAccounts()).toEqual({});
  });

  it('falls back to storage at the timeout, then applies a late reply without a reload', async () => {
    vi.useFakeTimers();
    const { run } = setup({ signedInUser: browserUser, delayMs: 800 });
    const done = run(FIREFOX, 500);
    await vi.advanceTimersByTimeAsync(500);
    await done;
    expect(session()).toEqual({ status: 'signed-out' });
    expect(useSessionStore.getState().device.channel).toBe('timeout');
    await vi.advanceTimersByTimeAsync(300);
    expect(session()).toEqual({ status: 'signed-in', source: 'browser', account: browserUser });
  });

  it('with an account stored, renders without an answer after FIRST_RENDER_WAIT_MS; the answer then never swaps it', async () => {
    vi.useFakeTimers();
    saveAccount(localUser, { makeCurrent: true });
    const { run, handle } = setup({ signedInUser: browserUser, delayMs: 400 });
    let done = false;
    const first = run(FIREFOX, 500).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(FIRST_RENDER_WAIT_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await first;
    expect(session()).toMatchObject({ source: 'storage', account: { uid: localUser.uid } });
    // The exchange is still open; the answer fills in the browser's account beside the page's.
    expect(useSessionStore.getState().device.channel).toBe('pending');
    await vi.advanceTimersByTimeAsync(400 - FIRST_RENDER_WAIT_MS);
    expect(session()).toMatchObject({ source: 'storage', account: { uid: localUser.uid } });
    expect(useSessionStore.getState().device).toMatchObject({
      channel: 'answered',
      browserAccount: browserUser,
    });
    expect(handle?.sent.map((m) => m.command)).toEqual(['fxaccounts:fxa_status']);
  });

  it('with nothing stored, or for Sync, the first render waits for the answer (no signed-out flash)', async () => {
    vi.useFakeTimers();
    for (const [url, stored] of [
      ['http://localhost:3030/settings', false],
      ['http://localhost:3030/?service=sync&context=fx_desktop_v3', true],
    ] as const) {
      useSessionStore.setState(useSessionStore.getInitialState(), true);
      localStorage.clear();
      if (stored) saveAccount(localUser, { makeCurrent: true });
      const { run } = setup({ signedInUser: browserUser, delayMs: 400 }, url);
      let done = false;
      const first = run(FIREFOX, 500).then(() => {
        done = true;
      });
      await vi.advanceTimersByTimeAsync(399);
      expect(done, url).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await first;
      expect(session()).toEqual({ status: 'signed-in', source: 'browser', account: browserUser });
    }
  });

  it('falls back at once on No Such Channel', async () => {
    saveAccount(localUser, { makeCurrent: true });
    const { run } = setup({ signedInUser: browserUser, noSuchChannel: true });
    const started = performance.now();
    await run(FIREFOX, 5_000);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(session()).toMatchObject({ source: 'storage' });
    expect(useSessionStore.getState().device.channel).toBe('no-channel');
  });

  it('after No Such Channel at launch, renders at once, asks again and applies the answer without a reload', async () => {
    vi.useFakeTimers();
    // Firefox refuses until its channel is registered (about 0.5–0.8 s after a launch).
    const { run, handle } = setup({ signedInUser: browserUser, noSuchChannelFirst: 4 });
    const first = run(FIREFOX);
    await vi.advanceTimersByTimeAsync(1);
    await first;
    expect(session()).toEqual({ status: 'signed-out' });
    expect(useSessionStore.getState().device.channel).toBe('no-channel');
    const sum = (delays: number[]) => delays.reduce((a, b) => a + b, 0);
    await vi.advanceTimersByTimeAsync(sum(NO_CHANNEL_RETRY_DELAYS_MS.slice(0, 4)) + 50);
    expect(session()).toEqual({ status: 'signed-in', source: 'browser', account: browserUser });
    expect(useSessionStore.getState().device).toMatchObject({
      channel: 'answered',
      browserAccount: browserUser,
    });
    expect(handle?.sent.map((m) => m.command)).toEqual(Array(5).fill('fxaccounts:fxa_status'));
    await vi.advanceTimersByTimeAsync(sum(NO_CHANNEL_RETRY_DELAYS_MS));
    expect(handle?.sent).toHaveLength(5);
  });

  it('a Firefox that keeps refusing (accounts disabled) is asked a few times, then left alone', async () => {
    vi.useFakeTimers();
    saveAccount(localUser, { makeCurrent: true });
    const { run, handle } = setup({ signedInUser: browserUser, noSuchChannel: true });
    const first = run(FIREFOX);
    await vi.advanceTimersByTimeAsync(1);
    await first;
    expect(session()).toMatchObject({ source: 'storage' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(handle?.sent).toHaveLength(1 + NO_CHANNEL_RETRY_DELAYS_MS.length);
    expect(NO_CHANNEL_RETRY_DELAYS_MS.reduce((a, b) => a + b, 0)).toBeLessThan(10_000);
    expect(session()).toMatchObject({ source: 'storage', account: { uid: localUser.uid } });
    expect(useSessionStore.getState().device.channel).toBe('no-channel');
  });

  it('keeps capabilities, with defaults when the device sends none', async () => {
    await setup({
      signedInUser: null,
      capabilities: { choose_what_to_sync: true, engines: ['tabs'] },
    }).run();
    expect(useSessionStore.getState().device.capabilities).toMatchObject({
      choose_what_to_sync: true,
      engines: ['tabs'],
      pairing: false,
    });
    await setup({ signedInUser: browserUser, capabilities: null }).run();
    expect(useSessionStore.getState().device.capabilities.choose_what_to_sync).toBe(false);
  });
});
