// Settings against a real firefox-esr that holds the account: the page opens on Firefox's session
// with no site storage, and what the page does to that session reaches Firefox — a password
// change (after step-up verification, /mfa/password/change) hands it the new token, sign-out and deletion sign it out — while a sign-out of a session
// that is not Firefox's leaves Firefox alone. Each test makes Firefox hold a fresh account through
// the WebChannel login (firefox-device.md §4) and leaves it signed out, as the other files of the
// worker expect.
import type { Page } from 'puppeteer-core';
import {
  byRole,
  byTestId,
  inputValueOf,
  isChecked,
  isEnabled,
  isVisible,
  pathOf,
  textOf,
} from '../support/firefox-dom';
import { expect, test } from '../support/firefox-fixtures';
import { exchange, readWire, requestFromFirefox, sentCommands } from '../support/firefox-wire';
import { appOrigin } from '../support/ports';
import { type RealUser, realUser, sessionAlive, sessionOf } from '../support/settings';
import { confirmStepUpInFirefox } from '../support/step-up-firefox';

test.use({ deviceProfile: { signedIn: false, privateBrowsing: false } });

/** Makes Firefox hold the user, as a sign-in page would (fxaccounts:login). */
async function firefoxSignsIn(tab: Page, user: RealUser) {
  await tab.goto(`${appOrigin}/`);
  expect(await requestFromFirefox(tab, 'fxaccounts:login', sessionOf(user))).toEqual({
    kind: 'reply',
    data: { ok: true },
  });
}

/** /settings in a tab with no site storage: the account can only come from Firefox. */
async function openSettings(tab: Page, user: RealUser) {
  await tab.goto(`${appOrigin}/settings`);
  await expect.poll(() => textOf(tab, byTestId('primary-email'))).toBe(user.email);
  await expect.poll(() => tab.$('[data-settings-ready]').then(Boolean)).toBe(true);
}

// Puppeteer's own wait (30 s) equals the test's timeout: a step that cannot happen would end as
// a bare test timeout. Shorter, it fails naming the element it waited for.
const ACTION_TIMEOUT_MS = 10_000;
const click = (tab: Page, role: string, name: string) =>
  tab.locator(byRole(role, name)).setTimeout(ACTION_TIMEOUT_MS).click();
const fill = (tab: Page, selector: string, value: string) =>
  tab.locator(selector).setTimeout(ACTION_TIMEOUT_MS).fill(value);
const storedToken = (tab: Page, uid: string) =>
  tab.evaluate(
    (id) => JSON.parse(localStorage.getItem('__fxa_storage.accounts') ?? '{}')[id]?.sessionToken,
    uid,
  );

test('a password change hands Firefox the new session', async ({ firefox, tab }) => {
  const user = await realUser('ff-password');
  await firefoxSignsIn(tab, user);
  await openSettings(tab, user);

  await click(tab, 'link', 'Change password');
  await expect.poll(() => pathOf(tab)).toBe('/settings/change_password');
  await fill(tab, 'input[name="current-password"]', user.password);
  await fill(tab, 'input[name="new-password"]', 'a new passphrase for firefox');
  await fill(tab, 'input[name="confirm-password"]', 'a new passphrase for firefox');
  await click(tab, 'button', 'Save');
  // Step-up verification first: the code emailed to the primary address (/mfa/otp/*).
  await confirmStepUpInFirefox(tab, user.email);
  await expect.poll(() => pathOf(tab)).toBe('/settings');
  await expect.poll(() => textOf(tab, '.settings-alert')).toContain('Password updated');

  const newToken = await storedToken(tab, user.uid);
  expect(newToken).toMatch(/^[0-9a-f]{64}$/);
  expect(newToken).not.toBe(user.sessionToken);
  // Firefox answered the message and now holds the page's new session, not the revoked one.
  await expect
    .poll(async () => exchange(await readWire(tab), 'fxaccounts:change_password').reply?.data)
    .toEqual({ ok: true });
  expect(await firefox.signedInUser()).toEqual({
    email: user.email,
    uid: user.uid,
    verified: true,
    sessionToken: newToken,
  });
  expect(await sessionAlive(user.sessionToken)).toBe(false);
  expect(await sessionAlive(newToken)).toBe(true);

  // A new page (no site storage) opens on the new session, straight from Firefox again.
  const second = await firefox.openTab();
  try {
    await openSettings(second.page, user);
    const status = exchange(await readWire(second.page), 'fxaccounts:fxa_status');
    expect(status.reply?.data).toMatchObject({ signedInUser: { sessionToken: newToken } });
  } finally {
    await second.close();
  }

  await requestFromFirefox(tab, 'fxaccounts:logout', { uid: user.uid });
  expect(await firefox.signedInUser()).toBeNull();
});

test('sign-out from the avatar menu signs Firefox out', async ({ firefox, tab }) => {
  const user = await realUser('ff-signout');
  await firefoxSignsIn(tab, user);
  await openSettings(tab, user);

  await click(tab, 'button', 'Account menu');
  await click(tab, 'button', 'Sign out');
  await expect.poll(() => isVisible(tab, byRole('heading', 'Enter your email'))).toBe(true);

  const logout = exchange(await readWire(tab), 'fxaccounts:logout');
  expect(logout.request?.data).toEqual({ uid: user.uid });
  await expect
    .poll(async () => exchange(await readWire(tab), 'fxaccounts:logout').reply?.data)
    .toEqual({ ok: true });
  expect(await firefox.signedInUser()).toBeNull();
  expect(await sessionAlive(user.sessionToken)).toBe(false);
  expect(
    await requestFromFirefox(tab, 'fxaccounts:fxa_status', {
      service: '',
      context: '',
      isPairing: false,
    }),
  ).toMatchObject({ kind: 'reply', data: { signedInUser: null } });
});

/** The deletion page's checkboxes, by their labels: what the user acknowledges. */
const ACKNOWLEDGEMENTS = [
  'My saved data, Sync data included, will be deleted.',
  'Any paid subscriptions will be canceled.',
  'This cannot be undone.',
];

test('deleting the account signs Firefox out', async ({ firefox, tab }) => {
  const user = await realUser('ff-delete');
  await firefoxSignsIn(tab, user);
  await openSettings(tab, user);

  await click(tab, 'link', 'Delete account…');
  await expect.poll(() => pathOf(tab)).toBe('/settings/delete_account');
  // Every step waits for what the user sees before the next. The address changes before the new
  // page has rendered (navigations are transitions); a tick that did not take would otherwise
  // surface only as a Continue that never enables, waited on until the test times out.
  for (const acknowledgement of ACKNOWLEDGEMENTS) {
    await click(tab, 'checkbox', acknowledgement);
    await expect.poll(() => isChecked(tab, byRole('checkbox', acknowledgement))).toBe(true);
  }
  await expect.poll(() => isEnabled(tab, byRole('button', 'Continue'))).toBe(true);
  await click(tab, 'button', 'Continue');
  await fill(tab, 'input[name="password"]', user.password);
  await expect.poll(() => inputValueOf(tab, 'input[name="password"]')).toBe(user.password);
  await expect.poll(() => isEnabled(tab, byRole('button', 'Delete'))).toBe(true);
  await click(tab, 'button', 'Delete');
  await expect.poll(() => textOf(tab, '[role="status"]')).toBe('Account deleted successfully');
  expect(pathOf(tab)).toBe('/');

  const deleted = exchange(await readWire(tab), 'fxaccounts:delete');
  expect(deleted.request?.data).toEqual({ uid: user.uid });
  await expect
    .poll(async () => exchange(await readWire(tab), 'fxaccounts:delete').reply?.data)
    .toEqual({ ok: true });
  expect(await firefox.signedInUser()).toBeNull();
});

test('signing out of a session that is not Firefox’s leaves Firefox signed in', async ({
  firefox,
  tab,
}) => {
  const firefoxUser = await realUser('ff-holds');
  const pageUser = await realUser('ff-page');
  await firefoxSignsIn(tab, firefoxUser);
  // The page has a session of its own (a locally signed-in account wins for non-Sync pages).
  await tab.evaluate((u) => {
    localStorage.setItem('__fxa_storage.accounts', JSON.stringify({ [u.uid]: u }));
    localStorage.setItem('__fxa_storage.currentAccountUid', JSON.stringify(u.uid));
  }, sessionOf(pageUser));
  await openSettings(tab, pageUser);

  await click(tab, 'button', 'Account menu');
  await click(tab, 'button', 'Sign out');
  await expect.poll(() => isVisible(tab, byRole('heading', 'Enter your email'))).toBe(true);
  expect(await sessionAlive(pageUser.sessionToken)).toBe(false);

  expect(sentCommands(await readWire(tab))).toEqual(['fxaccounts:fxa_status', 'fxaccounts:loaded']);
  expect(await firefox.signedInUser()).toMatchObject({
    uid: firefoxUser.uid,
    sessionToken: firefoxUser.sessionToken,
  });

  await requestFromFirefox(tab, 'fxaccounts:logout', { uid: firefoxUser.uid });
  expect(await firefox.signedInUser()).toBeNull();
});
