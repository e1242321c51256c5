// Firefox holds a session the server has ended (issue #20, item 3). Signing in again on the web
// from a Sync page would hand Firefox a new, unconfirmed session and can break Sync
// (mozilla/fxa-content-server#4252), so a Sync settings page whose Firefox token is refused
// (errno 110) says to sign out from the browser's menu instead (upstream SignoutSync,
// mozilla/fxa PR #17241). Firefox holds a fresh account through the WebChannel login and is
// left signed out, as the other files of the worker expect.
import { TestClient } from '../../mocks/emulator/testing/fxa-client.testutil';
import { byRole, byTestId, isVisible, pathOf, textOf } from '../support/firefox-dom';
import { expect, test } from '../support/firefox-fixtures';
import { requestFromFirefox } from '../support/firefox-wire';
import { appOrigin, emulatorOrigin } from '../support/ports';
import { realUser, sessionAlive, sessionOf } from '../support/settings';

test.use({ deviceProfile: { signedIn: false, privateBrowsing: false } });

const SYNC_SETTINGS = '/settings?service=sync&context=fx_desktop_v3';

test('a Sync page on a session Firefox holds but the server ended: sign out from the browser', async ({
  firefox,
  tab,
}) => {
  const user = await realUser('ff-ended');
  await tab.goto(`${appOrigin}/`);
  expect(await requestFromFirefox(tab, 'fxaccounts:login', sessionOf(user))).toEqual({
    kind: 'reply',
    data: { ok: true },
  });
  // Firefox's account opens Sync's settings while the session lives.
  await tab.goto(`${appOrigin}${SYNC_SETTINGS}`);
  await expect.poll(() => textOf(tab, byTestId('primary-email'))).toBe(user.email);

  // The server ends the session (signed out elsewhere, password reset…); Firefox still holds it.
  const ended = await new TestClient(emulatorOrigin).hawkPost(
    '/v1/session/destroy',
    user.sessionToken,
    {},
  );
  expect(ended.status).toBe(200);
  expect(await sessionAlive(user.sessionToken)).toBe(false);

  const second = await firefox.openTab();
  try {
    const page = second.page;
    await page.goto(`${appOrigin}${SYNC_SETTINGS}`);
    await expect.poll(() => isVisible(page, byRole('heading', 'Session expired'))).toBe(true);
    expect(pathOf(page)).toBe('/signout_sync?service=sync&context=fx_desktop_v3');
    expect(await textOf(page, 'main')).toContain('Sign out of your account from Firefox’s menu');
    // No sign-in form: nothing here would hand Firefox a new session.
    expect(await page.$('input')).toBeNull();
  } finally {
    await second.close();
  }

  await requestFromFirefox(tab, 'fxaccounts:logout', { uid: user.uid });
  expect(await firefox.signedInUser()).toBeNull();
});
