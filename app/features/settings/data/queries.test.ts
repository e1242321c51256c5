// The hand-over of the entry's requests to the page's queries (prefetchSettingsData), against
// the emulator behind MSW.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryClient } from '../../../query-client';
import { useSessionStore } from '../../../session/session-store';
import { installAppEmulator, type TestAccount } from '../../../test/render-app.testutil';
import { type SettingsRequests, startSettingsRequests } from './first-requests';
import { EARLY_CODE_WAIT_MS, prefetchSettingsData, settingsKeys } from './queries';

const emulator = installAppEmulator();

function signIn(account: TestAccount) {
  const { uid, email, sessionToken } = account;
  useSessionStore.setState({
    session: {
      status: 'signed-in',
      source: 'storage',
      account: { uid, email, sessionToken, verified: true },
    },
  });
}

const accountData = (uid: string) =>
  vi.waitFor(() => {
    const data = queryClient.getQueryData<{ emails: { email: string }[] }>(
      settingsKeys.account(uid),
    );
    if (!data) throw new Error('no account data yet');
    return { email: data.emails[0]?.email };
  });

const accountRequests = () => emulator.requests().filter((r) => r === 'GET /v1/account').length;

describe('prefetchSettingsData', () => {
  afterEach(() => vi.useRealTimers());

  it('adopts the requests the entry started for this session, once', async () => {
    const account = await emulator.account();
    signIn(account);
    const early: SettingsRequests = startSettingsRequests(account.sessionToken);
    prefetchSettingsData(Promise.resolve(early));
    expect((await accountData(account.uid)).email).toBe(account.email);
    expect(accountRequests()).toBe(1);
  });

  it('never hands one session’s requests to another', async () => {
    const before = await emulator.account();
    const now = await emulator.account();
    signIn(now);
    prefetchSettingsData(Promise.resolve(startSettingsRequests(before.sessionToken)));
    expect((await accountData(now.uid)).email).toBe(now.email);
  });

  it('makes the requests itself when the entry could not load their code', async () => {
    const account = await emulator.account();
    signIn(account);
    prefetchSettingsData(Promise.resolve(null));
    expect((await accountData(account.uid)).email).toBe(account.email);
    expect(accountRequests()).toBe(1);
  });

  it('makes the requests itself after EARLY_CODE_WAIT_MS when their code never arrives', async () => {
    const account = await emulator.account();
    signIn(account);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    prefetchSettingsData(new Promise(() => {}));
    await vi.advanceTimersByTimeAsync(EARLY_CODE_WAIT_MS - 1);
    expect(accountRequests()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    vi.useRealTimers();
    expect((await accountData(account.uid)).email).toBe(account.email);
  });

  it('passes a started request’s failure on, for the page to show', async () => {
    const account = await emulator.account();
    signIn(account);
    const failure = new Error('503');
    const started = Promise.reject(failure);
    started.catch(() => {});
    const early = startSettingsRequests(account.sessionToken);
    prefetchSettingsData(Promise.resolve({ ...early, account: started }));
    await vi.waitFor(() =>
      expect(queryClient.getQueryState(settingsKeys.account(account.uid))?.error).toBe(failure),
    );
  });
});
