// Sync sign-in of an account with two-step authentication in a real firefox-esr: after the
// password comes the authenticator's code (no emailed code, and no fxaccounts:login before it:
// upstream FXA-9837), then Firefox holds a verified session that the server accepts at the
// account's assurance level: a fresh tab with no site storage opens /settings on it, which a
// one-step session of this account would be refused (errno 222).
import { createAccount, uniqueEmail } from '../support/emulator';
import { byRole, isVisible, pathOf } from '../support/firefox-dom';
import { expect, test } from '../support/firefox-fixtures';
import {
  confirmAuthenticatorCode,
  expectFirefoxHoldsPageSession,
  expectFreshTabOpensSettings,
  SYNC_SIGNIN_COMMANDS,
  signInForSync,
  startSyncing,
} from '../support/firefox-sync';
import { readWire, sentCommands } from '../support/firefox-wire';
import { enableTwoStep } from '../support/two-step';

test.use({ deviceProfile: { signedIn: false, privateBrowsing: false } });

test('Sync sign-in with two-step authentication: the code, then Firefox holds a verified session', async ({
  firefox,
  tab,
}) => {
  await firefox.forgetLastUser();
  expect(await firefox.signedInUser()).toBeNull();
  const { email, uid } = await createAccount({ email: uniqueEmail('firefox-2fa') });
  await enableTwoStep(email);

  await signInForSync(tab, email);
  await expect.poll(() => pathOf(tab)).toMatch(/^\/signin_totp_code\?/);
  await expect
    .poll(() => isVisible(tab, byRole('heading', 'Enter two-step authentication code')))
    .toBe(true);
  // Firefox has not been told anything yet: it never holds an unverified session here.
  expect(sentCommands(await readWire(tab))).not.toContain('fxaccounts:login');
  await confirmAuthenticatorCode(tab, email);
  await startSyncing(tab);

  await expectFirefoxHoldsPageSession(firefox, tab, { email, uid });
  expect(sentCommands(await readWire(tab))).toEqual(SYNC_SIGNIN_COMMANDS);

  // The server accepts what Firefox holds: /settings opens on it in a tab with no site storage.
  await expectFreshTabOpensSettings(firefox, email);
});
