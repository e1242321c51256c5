// A password reset started from Firefox's Sync sign-in, in a real firefox-esr: "Forgot password?"
// on the password step, the emailed code, the new password; the page then tells Firefox with
// fxaccounts:login (upstream CompleteResetPassword → fxaLoginSignedInUser), and Firefox holds the
// account with the new session, which the server accepts. The old session is gone. With two-step
// authentication the authenticator code comes after the emailed one, and the session is AAL2.

import { TestClient } from '../../mocks/emulator/testing/fxa-client.testutil';
import { createAccount, uniqueEmail, waitForCode } from '../support/emulator';
import { byRole, isVisible, pathOf } from '../support/firefox-dom';
import { expect, test } from '../support/firefox-fixtures';
import { readWire, requestFromFirefox, sentCommands } from '../support/firefox-wire';
import { appOrigin, emulatorOrigin } from '../support/ports';
import { sessionAlive } from '../support/settings';
import { currentTotpCode, enableTwoStep } from '../support/two-step';

test.use({ deviceProfile: { signedIn: false, privateBrowsing: false } });

const SYNC = `${appOrigin}/?context=fx_desktop_v3&service=sync&action=email`;
const NEW_PASSWORD = 'a fresh passphrase for the reset';

test('reset from a Sync sign-in: Firefox ends up signed in with a session the server accepts', async ({
  firefox,
  tab,
}) => {
  await firefox.forgetLastUser();
  const {
    email,
    uid,
    sessionToken: oldSession,
  } = await createAccount({
    email: uniqueEmail('firefox-reset'),
    session: true,
  });

  await tab.goto(SYNC);
  await tab.locator(byRole('textbox', 'Email')).fill(email);
  await tab.locator(byRole('button', 'Sign up or sign in')).click();
  await tab.locator(byRole('link', 'Forgot password?')).click();
  await expect.poll(() => pathOf(tab)).toMatch(/^\/reset_password\?.*service=sync/);
  await tab.locator(byRole('button', 'Send code')).click();
  await tab.locator(byRole('textbox', 'Enter 8-digit code')).fill(await waitForCode(email));
  await tab.locator(byRole('button', 'Continue')).click();

  await expect
    .poll(() => isVisible(tab, byRole('heading', 'Your synced data will be lost')))
    .toBe(true);
  await tab.locator('input[name="password"]').fill(NEW_PASSWORD);
  await tab.locator('input[name="repeat-password"]').fill(NEW_PASSWORD);
  await tab.locator(byRole('button', 'Reset password')).click();

  await expect.poll(() => pathOf(tab), { timeout: 15_000 }).toBe('/settings');
  const stored = await tab.evaluate(
    (id) => JSON.parse(localStorage.getItem('__fxa_storage.accounts') ?? '{}')[id],
    uid,
  );
  expect(stored.sessionToken).toMatch(/^[0-9a-f]{64}$/);
  await expect
    .poll(() => firefox.signedInUser(), { timeout: 15_000 })
    .toEqual({ email, uid, verified: true, sessionToken: stored.sessionToken });
  expect(sentCommands(await readWire(tab))).toContain('fxaccounts:login');
  expect(await sessionAlive(stored.sessionToken)).toBe(true);
  if (oldSession) expect(await sessionAlive(oldSession)).toBe(false);
});

test('reset from a Sync sign-in with two-step authentication: the authenticator code, then Firefox holds an AAL2 session', async ({
  firefox,
  tab,
}) => {
  // The test before leaves Firefox holding its account: sign it out first, in a tab of its own.
  const held = await firefox.signedInUser();
  if (held) {
    const setup = await firefox.openTab();
    try {
      await setup.page.goto(`${appOrigin}/`);
      const out = await requestFromFirefox(
        setup.page,
        'fxaccounts:logout',
        { uid: held.uid },
        15_000,
      );
      expect(out).toEqual({ kind: 'reply', data: { ok: true } });
    } finally {
      await setup.close();
    }
  }
  await firefox.forgetLastUser();
  const { email, uid } = await createAccount({ email: uniqueEmail('firefox-reset-2fa') });
  await enableTwoStep(email);

  await tab.goto(SYNC);
  await tab.locator(byRole('textbox', 'Email')).fill(email);
  await tab.locator(byRole('button', 'Sign up or sign in')).click();
  await tab.locator(byRole('link', 'Forgot password?')).click();
  await expect.poll(() => pathOf(tab)).toMatch(/^\/reset_password\?.*service=sync/);
  await tab.locator(byRole('button', 'Send code')).click();
  await tab.locator(byRole('textbox', 'Enter 8-digit code')).fill(await waitForCode(email));
  await tab.locator(byRole('button', 'Continue')).click();

  await expect.poll(() => pathOf(tab)).toMatch(/^\/confirm_totp_reset_password/);
  await tab.locator(byRole('textbox', 'Enter 6-digit code')).fill(await currentTotpCode(email));
  await tab.locator(byRole('button', 'Confirm')).click();
  await expect
    .poll(() => isVisible(tab, byRole('heading', 'Your synced data will be lost')))
    .toBe(true);
  await tab.locator('input[name="password"]').fill(NEW_PASSWORD);
  await tab.locator('input[name="repeat-password"]').fill(NEW_PASSWORD);
  await tab.locator(byRole('button', 'Reset password')).click();

  await expect.poll(() => pathOf(tab), { timeout: 15_000 }).toBe('/settings');
  const stored = await tab.evaluate(
    (id) => JSON.parse(localStorage.getItem('__fxa_storage.accounts') ?? '{}')[id],
    uid,
  );
  await expect
    .poll(() => firefox.signedInUser(), { timeout: 15_000 })
    .toEqual({ email, uid, verified: true, sessionToken: stored.sessionToken });
  // The session passed the second step: /account, refused below the account's AAL (222), answers.
  const account = await new TestClient(emulatorOrigin).hawkGet('/v1/account', stored.sessionToken);
  expect(account.status).toBe(200);
});
