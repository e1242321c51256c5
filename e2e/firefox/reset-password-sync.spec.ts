// A password reset started from Firefox's Sync sign-in, in a real firefox-esr: "Forgot password?"
// on the password step, the emailed code, the new password; the page then tells Firefox with
// fxaccounts:login (upstream CompleteResetPassword → fxaLoginSignedInUser), and Firefox holds the
// account with the new session, which the server accepts. The old session is gone. With two-step
// authentication the authenticator code comes after the emailed one, and the session is AAL2.
import type { Page } from 'puppeteer-core';
import { TestClient } from '../../mocks/emulator/testing/fxa-client.testutil';
import { createAccount, uniqueEmail, waitForCode } from '../support/emulator';
import { byRole, isVisible, pathOf } from '../support/firefox-dom';
import { expect, test } from '../support/firefox-fixtures';
import {
  confirmAuthenticatorCode,
  expectFirefoxHoldsPageSession,
  SYNC_SIGNIN,
  signFirefoxOut,
  submitEmail,
} from '../support/firefox-sync';
import { readWire, sentCommands } from '../support/firefox-wire';
import { emulatorOrigin } from '../support/ports';
import { sessionAlive } from '../support/settings';
import { enableTwoStep } from '../support/two-step';

test.use({ deviceProfile: { signedIn: false, privateBrowsing: false } });

const NEW_PASSWORD = 'a fresh passphrase for the reset';

/** "Forgot password?" on the Sync sign-in's password step, then the emailed 8-digit code. */
async function startResetFromSyncSignIn(tab: Page, email: string) {
  await tab.goto(SYNC_SIGNIN);
  await submitEmail(tab, email);
  await tab.locator(byRole('link', 'Forgot password?')).click();
  await expect.poll(() => pathOf(tab)).toMatch(/^\/reset_password\?.*service=sync/);
  await tab.locator(byRole('button', 'Send code')).click();
  await tab.locator(byRole('textbox', 'Enter 8-digit code')).fill(await waitForCode(email));
  await tab.locator(byRole('button', 'Continue')).click();
}

/** The new password, after the warning that Sync's data goes with the old one; then /settings. */
async function chooseNewPassword(tab: Page) {
  await expect
    .poll(() => isVisible(tab, byRole('heading', 'Your synced data will be lost')))
    .toBe(true);
  await tab.locator('input[name="password"]').fill(NEW_PASSWORD);
  await tab.locator('input[name="repeat-password"]').fill(NEW_PASSWORD);
  await tab.locator(byRole('button', 'Reset password')).click();
  await expect.poll(() => pathOf(tab), { timeout: 15_000 }).toBe('/settings');
}

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

  await startResetFromSyncSignIn(tab, email);
  await chooseNewPassword(tab);

  const sessionToken = await expectFirefoxHoldsPageSession(firefox, tab, { email, uid });
  expect(sentCommands(await readWire(tab))).toContain('fxaccounts:login');
  expect(await sessionAlive(sessionToken)).toBe(true);
  if (oldSession) expect(await sessionAlive(oldSession)).toBe(false);
});

test('reset from a Sync sign-in with two-step authentication: the authenticator code, then Firefox holds an AAL2 session', async ({
  firefox,
  tab,
}) => {
  // The test before leaves Firefox holding its account: sign it out first, in a tab of its own.
  const held = await firefox.signedInUser();
  if (held) await signFirefoxOut(firefox, held.uid);
  await firefox.forgetLastUser();
  const { email, uid } = await createAccount({ email: uniqueEmail('firefox-reset-2fa') });
  await enableTwoStep(email);

  await startResetFromSyncSignIn(tab, email);
  await expect.poll(() => pathOf(tab)).toMatch(/^\/confirm_totp_reset_password/);
  await confirmAuthenticatorCode(tab, email);
  await chooseNewPassword(tab);

  const sessionToken = await expectFirefoxHoldsPageSession(firefox, tab, { email, uid });
  // The session passed the second step: /account, refused below the account's AAL (222), answers.
  const account = await new TestClient(emulatorOrigin).hawkGet('/v1/account', sessionToken);
  expect(account.status).toBe(200);
});
