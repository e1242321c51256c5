import { beforeEach, describe, expect, it } from 'vitest';
import { saveAccount } from './account-storage';
import { broadcast, followOtherTabs, parseBroadcast, resyncFromStorage } from './cross-tab';
import { useSessionStore } from './session-store';

const account = {
  uid: 'a'.repeat(32),
  email: 'a@example.com',
  sessionToken: '1'.repeat(64),
  verified: true,
};

describe('cross-tab session', () => {
  beforeEach(() => {
    useSessionStore.setState(useSessionStore.getInitialState(), true);
    useSessionStore.getState().signIn(account, 'storage');
  });

  it('signs this tab out when another tab removed our token', () => {
    saveAccount({ uid: account.uid, email: account.email }, { makeCurrent: true });
    localStorage.setItem(
      '__fxa_storage.accounts',
      JSON.stringify({ [account.uid]: { uid: account.uid, email: account.email } }),
    );
    resyncFromStorage();
    expect(useSessionStore.getState().session).toEqual({ status: 'signed-out' });
  });

  it('signs this tab out when storage was cleared', () => {
    localStorage.clear();
    resyncFromStorage();
    expect(useSessionStore.getState().session.status).toBe('signed-out');
  });

  it('takes the new token after a password change in another tab', () => {
    saveAccount({ ...account, sessionToken: '2'.repeat(64) }, { makeCurrent: true });
    resyncFromStorage();
    expect(useSessionStore.getState().session).toMatchObject({
      account: { sessionToken: '2'.repeat(64) },
    });
  });

  it('ignores another account becoming current elsewhere', () => {
    saveAccount(
      { uid: 'b'.repeat(32), email: 'b@example.com', sessionToken: '3'.repeat(64) },
      { makeCurrent: true },
    );
    resyncFromStorage();
    expect(useSessionStore.getState().session).toMatchObject({
      status: 'signed-in',
      account: { email: 'a@example.com' },
    });
  });
});

describe('broadcast', () => {
  it('reaches the other tabs but never this one, which would resync from its own message', async () => {
    useSessionStore.getState().signIn(account, 'storage');
    const heardHere: unknown[] = [];
    const stop = followOtherTabs((event) => heardHere.push(event));
    const otherTab = new BroadcastChannel('firefox_accounts');
    const heardThere = new Promise((resolve) => {
      otherTab.onmessage = (e) => resolve(e.data);
    });
    // Storage blocked or empty: a resync here would sign this tab out.
    localStorage.clear();
    broadcast({ name: 'profile_changed', uid: account.uid });
    expect(JSON.parse((await heardThere) as string)).toEqual({
      name: 'profile_changed',
      data: { uid: account.uid },
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heardHere).toEqual([]);
    expect(useSessionStore.getState().session.status).toBe('signed-in');
    otherTab.close();
    stop();
  });
});

describe('parseBroadcast', () => {
  it('reads upstream’s {name, data} payload', () => {
    expect(
      parseBroadcast(JSON.stringify({ name: 'signed_out', data: { uid: 'a'.repeat(32) } })),
    ).toEqual({ name: 'signed_out', uid: 'a'.repeat(32) });
  });
  it.each([
    ['not json', '{oops'],
    ['no name', JSON.stringify({ data: { uid: 'a'.repeat(32) } })],
    ['unknown name', JSON.stringify({ name: 'hack', data: { uid: 'a'.repeat(32) } })],
    ['bad uid', JSON.stringify({ name: 'signed_out', data: { uid: 'x' } })],
    ['null', null],
    ['number', 5],
  ])('ignores %s', (_n, raw) => {
    expect(parseBroadcast(raw)).toBeUndefined();
  });
});
