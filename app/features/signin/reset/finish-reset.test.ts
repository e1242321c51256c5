// Where a finished reset lands, per integration, and what Firefox is told (upstream
// CompleteResetPassword container): Sync → fxaccounts:login with the new session and keys; web
// with Firefox holding this account → fxaccounts:change_password, so Firefox never keeps the dead
// token; web otherwise → nothing to the browser. Each ends on /settings with the notice.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installDeviceSimulator } from '../../../../mocks/device/simulator';
import { takeNextPageNotice } from '../../../lib/next-page-notice';
import { setBrowserChannel } from '../../../lib/webchannel/browser-channel';
import { WebChannel } from '../../../lib/webchannel/channel';
import { useSessionStore } from '../../../session/session-store';
import { readSigninFlow } from '../flow';
import { finishReset } from './reset-steps';

const uid = 'a'.repeat(32);
const email = 'reset@example.com';
const result = {
  uid,
  sessionToken: 'b'.repeat(64),
  verified: true,
  authAt: 1,
  keyFetchToken: 'c'.repeat(64),
  unwrapBKey: 'd'.repeat(64),
};
const flowOf = (query: string) => readSigninFlow(new URL(`http://localhost/?${query}`), null);

function browser() {
  const target = new EventTarget();
  const device = installDeviceSimulator({ signedInUser: null }, target);
  setBrowserChannel(new WebChannel({ target, userAgent: 'Firefox/153.0' }));
  return device;
}

describe('finishReset', () => {
  beforeEach(() => useSessionStore.setState(useSessionStore.getInitialState(), true));
  afterEach(() => {
    setBrowserChannel(null);
    takeNextPageNotice();
  });

  it('Sync: fxaccounts:login with the new session and its keys, then /settings', async () => {
    const device = browser();
    const went: string[] = [];
    await finishReset(email, result, flowOf('context=fx_desktop_v3&service=sync'), (to) =>
      went.push(to),
    );
    expect(device.sent.map((m) => m.command)).toEqual(['fxaccounts:login']);
    expect(device.sent[0]?.data).toMatchObject({
      email,
      uid,
      sessionToken: result.sessionToken,
      verified: true,
      keyFetchToken: result.keyFetchToken,
      unwrapBKey: result.unwrapBKey,
      services: { sync: {} },
    });
    expect(went).toEqual(['/settings']);
    expect(takeNextPageNotice()?.fallback).toBe('Your password has been reset');
  });

  it('web, Firefox holding this account: it gets the new session (change_password)', async () => {
    const device = browser();
    useSessionStore.getState().setDevice({
      browserAccount: { uid, email, sessionToken: 'e'.repeat(64), verified: true },
    });
    const went: string[] = [];
    await finishReset(email, result, flowOf(''), (to) => went.push(to));
    expect(device.sent.map((m) => m.command)).toEqual(['fxaccounts:change_password']);
    expect(device.sent[0]?.data).toMatchObject({ uid, sessionToken: result.sessionToken });
    expect(useSessionStore.getState().device.browserAccount?.sessionToken).toBe(
      result.sessionToken,
    );
    expect(went).toEqual(['/settings']);
  });

  it('web, another account in Firefox: the browser is not told', async () => {
    const device = browser();
    useSessionStore.getState().setDevice({
      browserAccount: {
        uid: 'f'.repeat(32),
        email: 'x@example.com',
        sessionToken: 'e'.repeat(64),
        verified: true,
      },
    });
    const went: string[] = [];
    await finishReset(email, result, flowOf(''), (to) => went.push(to));
    expect(device.sent).toEqual([]);
    const { session } = useSessionStore.getState();
    expect(session.status === 'signed-in' && session.account.sessionToken).toBe(
      result.sessionToken,
    );
    expect(went).toEqual(['/settings']);
  });
});
