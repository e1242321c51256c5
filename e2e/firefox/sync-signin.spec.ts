// Sync sign-in in a real firefox-esr (nobody signed in at first): the app's own pages drive
// can_link_account and fxaccounts:login, and Firefox itself then holds the account, so a fresh
// tab with no site storage opens /settings on it without a password. Background:
// ../../../shared/reference/firefox-device.md (§2 the merge dialog, §4 the commands).
import type { Page } from 'puppeteer-core';
import {
  blockSignin,
  createAccount,
  lastEmail,
  uniqueEmail,
  waitForCode,
} from '../support/emulator';
import { provisionAccount } from '../support/firefox-accounts';
import { byRole, byTestId, isVisible, pathOf, textOf } from '../support/firefox-dom';
import { expect, test } from '../support/firefox-fixtures';
import { readWire, requestFromFirefox, sentCommands } from '../support/firefox-wire';
import { appOrigin } from '../support/ports';

test.use({ deviceProfile: { signedIn: false, privateBrowsing: false } });

const SYNC = `${appOrigin}/?context=fx_desktop_v3&service=sync&action=email`;
const PASSWORD = 'correct horse battery';

async function submitEmailAndPassword(tab: Page, email: string) {
  await tab.locator(byRole('textbox', 'Email')).fill(email);
  await tab.locator(byRole('button', 'Sign up or sign in')).click();
  await tab.locator('input[name="password"]').fill(PASSWORD);
  await tab.locator(byRole('button', 'Sign in')).click();
}

test('Sync sign-in: Firefox holds the account, and a fresh tab opens /settings on it', async ({
  firefox,
  tab,
}) => {
  // A fresh profile never saw an account, but be sure no merge warning can come up (§2).
  await firefox.forgetLastUser();
  expect(await firefox.signedInUser()).toBeNull();
  const { email, uid } = await createAccount({ email: uniqueEmail('firefox-sync') });

  await tab.goto(SYNC);
  await submitEmailAndPassword(tab, email);
  await tab.locator(byRole('textbox', 'Enter 6-digit code')).fill(await waitForCode(email));
  await tab.locator(byRole('button', 'Confirm')).click();

  // Firefox 153 reports its engines (firefox-device.md §4): exactly those are offered.
  await expect.poll(() => pathOf(tab)).toMatch(/^\/choose_what_to_sync\?/);
  const offered = await tab.$$eval('input[name="engine"]', (inputs) =>
    inputs.map((i) => (i as HTMLInputElement).value),
  );
  expect(offered.sort()).toEqual([
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
  await tab.locator(byRole('button', 'Start syncing')).click();
  await expect
    .poll(() => isVisible(tab, byRole('heading', 'You’re signed into Firefox')))
    .toBe(true);

  // Firefox's own view: it holds the account the page signed in, with the page's session.
  const stored = await tab.evaluate(
    (uid) => JSON.parse(localStorage.getItem('__fxa_storage.accounts') ?? '{}')[uid],
    uid,
  );
  await expect
    .poll(() => firefox.signedInUser(), { timeout: 15_000 })
    .toEqual({ email, uid, verified: true, sessionToken: stored.sessionToken });
  expect(sentCommands(await readWire(tab))).toEqual([
    'fxaccounts:fxa_status',
    'fxaccounts:loaded',
    'fxaccounts:can_link_account',
    'fxaccounts:login',
  ]);

  // A new tab with no site storage at all: Firefox's answer alone signs it in.
  const fresh = await firefox.openTab();
  const errors: string[] = [];
  fresh.page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  try {
    await fresh.page.goto(`${appOrigin}/settings`);
    await expect.poll(() => textOf(fresh.page, byTestId('primary-email'))).toBe(email);
    expect(pathOf(fresh.page)).toBe('/settings');
    expect(await isVisible(fresh.page, 'input[type="password"]')).toBe(false);
    expect(errors).toEqual([]);
  } finally {
    await fresh.close();
  }
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
    try {
      const previous = await provisionAccount('previous');
      await setup.page.goto(`${appOrigin}/`);
      expect(
        await requestFromFirefox(setup.page, 'fxaccounts:login', previous, 15_000),
      ).toMatchObject({ kind: 'reply' });
      expect(
        await requestFromFirefox(setup.page, 'fxaccounts:logout', { uid: previous.uid }, 15_000),
      ).toEqual({ kind: 'reply', data: { ok: true } });
    } finally {
      await setup.close();
    }
  });
  const { email } = await createAccount({ email: uniqueEmail('firefox-other') });

  await test.step('the page asks, Firefox warns, the user cancels', async () => {
    await tab.goto(SYNC);
    await submitEmailAndPassword(tab, email);
    await firefox.answerDialog('cancel', 15_000);
  });
  await expect.poll(() => textOf(tab, '[role="alert"]')).toBe('Login attempt cancelled');
  expect(pathOf(tab)).toBe('/?context=fx_desktop_v3&service=sync&action=email');
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

  await tab.goto(SYNC);
  await submitEmailAndPassword(tab, email);
  await expect.poll(() => isVisible(tab, byRole('heading', 'Authorize this sign-in'))).toBe(true);
  await expect.poll(async () => (await lastEmail(email)).kind).toBe('unblock-code');
  const { code } = await lastEmail(email);
  await tab.locator(byRole('textbox', 'Enter authorization code')).fill(code);
  await tab.locator(byRole('button', 'Continue')).click();

  // No login code: the unblock proved the inbox (upstream didSigninUnblock).
  await expect.poll(() => pathOf(tab)).toMatch(/^\/choose_what_to_sync\?/);
  await tab.locator(byRole('button', 'Start syncing')).click();
  await expect
    .poll(() => isVisible(tab, byRole('heading', 'You’re signed into Firefox')))
    .toBe(true);
  await expect
    .poll(() => firefox.signedInUser(), { timeout: 15_000 })
    .toMatchObject({ email, uid, verified: true });
  expect(sentCommands(await readWire(tab))).toEqual([
    'fxaccounts:fxa_status',
    'fxaccounts:loaded',
    'fxaccounts:can_link_account',
    'fxaccounts:login',
  ]);
});
