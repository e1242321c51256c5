// Sync sign-in in a real firefox-esr (nobody signed in at first): the app's own pages drive
// can_link_account and fxaccounts:login, and Firefox itself then holds the account, so a fresh
// tab with no site storage opens /settings on it without a password. Background:
// ../../../shared/reference/firefox-device.md (§2 the merge dialog, §4 the commands).
import { blockSignin, createAccount, lastEmail, uniqueEmail } from '../support/emulator';
import { provisionAccount } from '../support/firefox-accounts';
import { byRole, isVisible, pathOf, textOf } from '../support/firefox-dom';
import { expect, test } from '../support/firefox-fixtures';
import {
  confirmEmailedCode,
  expectFirefoxHoldsPageSession,
  expectFreshTabOpensSettings,
  SYNC_SIGNIN,
  SYNC_SIGNIN_COMMANDS,
  signFirefoxOut,
  signInForSync,
  startSyncing,
} from '../support/firefox-sync';
import { readWire, requestFromFirefox, sentCommands } from '../support/firefox-wire';
import { appOrigin } from '../support/ports';

test.use({ deviceProfile: { signedIn: false, privateBrowsing: false } });

test('Sync sign-in: Firefox holds the account, and a fresh tab opens /settings on it', async ({
  firefox,
  tab,
}) => {
  // A fresh profile never saw an account, but be sure no merge warning can come up (§2).
  await firefox.forgetLastUser();
  expect(await firefox.signedInUser()).toBeNull();
  const { email, uid } = await createAccount({ email: uniqueEmail('firefox-sync') });

  await signInForSync(tab, email);
  await confirmEmailedCode(tab, email);

  // Firefox 153 reports its engines (firefox-device.md §4): exactly those are offered. Polled:
  // the address changes before the page that goes with it has rendered.
  await expect.poll(() => pathOf(tab)).toMatch(/^\/choose_what_to_sync\?/);
  await expect
    .poll(async () =>
      (
        await tab.$$eval('input[name="engine"]', (inputs) =>
          inputs.map((i) => (i as HTMLInputElement).value),
        )
      ).sort(),
    )
    .toEqual([
      'addons',
      'addresses',
      'bookmarks',
      'creditcards',
      'history',
      'passwords',
      'prefs',
      'tabs',
    ]);
  await tab.locator(byRole('checkbox', 'Open tabs')).click();
  await startSyncing(tab);

  // Firefox's own view: it holds the account the page signed in, with the page's session.
  await expectFirefoxHoldsPageSession(firefox, tab, { email, uid });
  expect(sentCommands(await readWire(tab))).toEqual(SYNC_SIGNIN_COMMANDS);

  // A new tab with no site storage at all: Firefox's answer alone signs it in.
  await expectFreshTabOpensSettings(firefox, email);
});

test('the merge warning cancelled in Firefox cancels the sign-in on the page', async ({
  firefox,
  tab,
}) => {
  test.setTimeout(90_000);
  // Firefox remembers the last account it was signed in with; another one gets its warning.
  await test.step('Firefox signs in and out with another account', async () => {
    // In a tab of its own, so the page under test starts with no site storage.
    const setup = await firefox.openTab();
    const previous = await provisionAccount('previous');
    try {
      await setup.page.goto(`${appOrigin}/`);
      expect(
        await requestFromFirefox(setup.page, 'fxaccounts:login', previous, 15_000),
      ).toMatchObject({ kind: 'reply' });
    } finally {
      await setup.close();
    }
    await signFirefoxOut(firefox, previous.uid);
  });
  const { email } = await createAccount({ email: uniqueEmail('firefox-other') });

  await test.step('the page asks, Firefox warns, the user cancels', async () => {
    await signInForSync(tab, email);
    await firefox.answerDialog('cancel', 15_000);
  });
  await expect.poll(() => textOf(tab, '[role="alert"]')).toBe('Login attempt cancelled');
  expect(`${appOrigin}${pathOf(tab)}`).toBe(SYNC_SIGNIN);
  expect(sentCommands(await readWire(tab))).not.toContain('fxaccounts:login');
  expect(await firefox.signedInUser()).toBeNull();
});

test('a blocked Sync sign-in: the emailed authorization code, then Firefox holds the account', async ({
  firefox,
  tab,
}) => {
  await firefox.forgetLastUser();
  const { email, uid } = await createAccount({ email: uniqueEmail('firefox-unblock') });
  await blockSignin(email);

  await signInForSync(tab, email);
  await expect.poll(() => isVisible(tab, byRole('heading', 'Authorize this sign-in'))).toBe(true);
  await expect.poll(async () => (await lastEmail(email)).kind).toBe('unblock-code');
  const { code } = await lastEmail(email);
  await tab.locator(byRole('textbox', 'Enter authorization code')).fill(code);
  await tab.locator(byRole('button', 'Continue')).click();

  // No login code: the unblock proved the inbox (upstream didSigninUnblock).
  await startSyncing(tab);
  await expect
    .poll(() => firefox.signedInUser(), { timeout: 15_000 })
    .toMatchObject({ email, uid, verified: true });
  expect(sentCommands(await readWire(tab))).toEqual(SYNC_SIGNIN_COMMANDS);
});
