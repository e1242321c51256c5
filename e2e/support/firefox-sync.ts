// The Sync sign-in steps as a user takes them in the real Firefox tab (puppeteer), shared by the
// e2e/firefox specs that sign Firefox in through the app's pages (sign-in, two-step, reset,
// force_auth). Each step waits on what the user sees before it goes on.
import type { Page } from 'puppeteer-core';
import { waitForCode } from './emulator';
import type { FirefoxDevice } from './firefox-device';
import { byRole, byTestId, isVisible, pathOf, textOf } from './firefox-dom';
import { expect } from './firefox-fixtures';
import { requestFromFirefox } from './firefox-wire';
import { appOrigin } from './ports';
import { currentTotpCode } from './two-step';

/** The page Firefox opens for "Sign in to Sync". */
export const SYNC_SIGNIN = `${appOrigin}/?context=fx_desktop_v3&service=sync&action=email`;
export const PASSWORD = 'correct horse battery';

/** What a Sync sign-in tells Firefox, in order (upstream's WebChannel sequence). */
export const SYNC_SIGNIN_COMMANDS = [
  'fxaccounts:fxa_status',
  'fxaccounts:loaded',
  'fxaccounts:can_link_account',
  'fxaccounts:login',
];

/** Email-first: types the address and goes on. */
export async function submitEmail(tab: Page, email: string): Promise<void> {
  await tab.locator(byRole('textbox', 'Email')).fill(email);
  await tab.locator(byRole('button', 'Sign up or sign in')).click();
}

/** The password step: types the password and signs in. */
export async function submitPassword(tab: Page, password = PASSWORD): Promise<void> {
  await tab.locator('input[name="password"]').fill(password);
  await tab.locator(byRole('button', 'Sign in')).click();
}

/** Opens the Sync sign-in and submits the email and the password. */
export async function signInForSync(tab: Page, email: string): Promise<void> {
  await tab.goto(SYNC_SIGNIN);
  await submitEmail(tab, email);
  await submitPassword(tab);
}

/** Types the code the emulator emailed (newer than `after` when given) and confirms it. */
export async function confirmEmailedCode(tab: Page, email: string, after?: string): Promise<void> {
  await tab.locator(byRole('textbox', 'Enter 6-digit code')).fill(await waitForCode(email, after));
  await tab.locator(byRole('button', 'Confirm')).click();
}

/** Types the authenticator's current code on a two-step code page and confirms it. */
export async function confirmAuthenticatorCode(tab: Page, email: string): Promise<void> {
  await tab.locator(byRole('textbox', 'Enter 6-digit code')).fill(await currentTotpCode(email));
  await tab.locator(byRole('button', 'Confirm')).click();
}

/** "Choose what to sync" as offered, "Start syncing", and the page that says it is done. */
export async function startSyncing(tab: Page): Promise<void> {
  await expect.poll(() => pathOf(tab)).toMatch(/^\/choose_what_to_sync\?/);
  await tab.locator(byRole('button', 'Start syncing')).click();
  await expect
    .poll(() => isVisible(tab, byRole('heading', 'You’re signed into Firefox')))
    .toBe(true);
}

/** The session token the page stored for the account (what it handed to Firefox). */
export async function storedSessionToken(tab: Page, uid: string): Promise<string | undefined> {
  return tab.evaluate(
    (id) => JSON.parse(localStorage.getItem('__fxa_storage.accounts') ?? '{}')[id]?.sessionToken,
    uid,
  );
}

/**
 * Waits until Firefox itself holds the account with the session the page stored (Firefox
 * registers its device before it keeps the account, so this can take seconds). Returns it.
 */
export async function expectFirefoxHoldsPageSession(
  firefox: FirefoxDevice,
  tab: Page,
  account: { email: string; uid: string },
): Promise<string> {
  const sessionToken = await storedSessionToken(tab, account.uid);
  expect(sessionToken).toMatch(/^[0-9a-f]{64}$/);
  await expect
    .poll(() => firefox.signedInUser(), { timeout: 15_000 })
    .toEqual({ email: account.email, uid: account.uid, verified: true, sessionToken });
  return sessionToken as string;
}

/**
 * A new tab with no site storage opens /settings on the account Firefox holds: its email shows,
 * no password is asked, and the page logs no error.
 */
export async function expectFreshTabOpensSettings(
  firefox: FirefoxDevice,
  email: string,
): Promise<void> {
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
}

/**
 * Signs Firefox out of `uid` from a tab of its own (so the tab under test keeps no site storage)
 * and checks Firefox answered.
 */
export async function signFirefoxOut(firefox: FirefoxDevice, uid: string): Promise<void> {
  const setup = await firefox.openTab();
  try {
    await setup.page.goto(`${appOrigin}/`);
    expect(await requestFromFirefox(setup.page, 'fxaccounts:logout', { uid }, 15_000)).toEqual({
      kind: 'reply',
      data: { ok: true },
    });
  } finally {
    await setup.close();
  }
}
