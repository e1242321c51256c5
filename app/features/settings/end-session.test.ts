import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CAPABILITIES } from '../../lib/webchannel/fxa-status';
import { useSessionStore } from '../../session/session-store';
import { expireSession, firefoxSessionEnded } from './end-session';
import { takeSettingsExit } from './settings-exit';

const account = {
  uid: 'a'.repeat(32),
  email: 'sync@example.com',
  sessionToken: '1'.repeat(64),
  verified: true as const,
};

/** The page acts as `account`; Firefox holds it too, or another token of it. */
function signedIn(firefoxToken: string | null) {
  useSessionStore.setState({
    session: { status: 'signed-in', source: 'browser', account },
    device: {
      channel: 'answered',
      capabilities: DEFAULT_CAPABILITIES,
      browserAccount: firefoxToken ? { ...account, sessionToken: firefoxToken } : null,
    },
  });
}

describe('an expired session (errno 110) on a settings page', () => {
  beforeEach(() => useSessionStore.setState(useSessionStore.getInitialState(), true));

  it.each([
    ['?service=sync', true],
    ['?context=fx_desktop_v3&entrypoint=preferences', true],
    ['?context=oauth_webchannel_v1&service=sync&client_id=5882386c6d801776', true],
    ['', false],
    ['?context=oauth_webchannel_v1', false],
  ])('Firefox’s own token, query %j: Sync context is %s', (search, sync) => {
    signedIn(account.sessionToken);
    expect(firefoxSessionEnded(useSessionStore.getState(), search)).toBe(sync);
  });

  it('for Sync on Firefox’s token: to /signout_sync, query kept, the token forgotten here', () => {
    signedIn(account.sessionToken);
    expireSession({ pathname: '/settings', search: '?service=sync' });
    expect(takeSettingsExit()).toEqual({ to: '/signout_sync?service=sync' });
    expect(useSessionStore.getState().session).toEqual({ status: 'signed-out' });
  });

  it('for Sync on a token Firefox does not hold, or for the web: sign in again, as before', () => {
    signedIn('2'.repeat(64));
    expireSession({ pathname: '/settings', search: '?service=sync' });
    expect(takeSettingsExit()?.to).toBe(
      '/?service=sync&email=sync%40example.com&redirect_to=%2Fsettings',
    );
    signedIn(account.sessionToken);
    expireSession({ pathname: '/settings', search: '' });
    expect(takeSettingsExit()?.to).toBe('/?email=sync%40example.com&redirect_to=%2Fsettings');
  });
});
