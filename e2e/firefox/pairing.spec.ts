// QR-code pairing with a real firefox-esr as the authority ("Connect another device"): the user
// starts it from the app's /pair page, Firefox shows its QR dialog, the phone (this app's
// /pair/supp in Chromium) joins the channel through the local channel server, both sides
// confirm, and the phone's code gives it exactly the account's Sync key.
// Facts and recipe: ../../../shared/reference/pairing.md (§7).

import type { Browser } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { compactDecrypt } from 'jose';
import type { Page } from 'puppeteer-core';
import { expectNoA11yViolations } from '../support/a11y';
import { type FirefoxDevice, launchFirefoxDevice } from '../support/firefox-device';
import { byRole, isVisible, pathOf, textOf } from '../support/firefox-dom';
import {
  createAccountWithKeys,
  exchangeCode,
  expectedSyncKey,
  firefoxHasFlow,
  type KeyedAccount,
  launchPhoneBrowser,
  OLDSYNC,
  openPhone,
  pairingPrefs,
  pairingUri,
  phoneRequest,
  primeFirefoxForPairing,
} from '../support/firefox-pairing';
import { appOrigin, emulatorOrigin } from '../support/ports';

test.describe.configure({ mode: 'serial' });

let account: KeyedAccount;
let firefox: FirefoxDevice;
let phones: Browser;
let flows = 0;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  account = await createAccountWithKeys('pairing');
  firefox = await launchFirefoxDevice({
    appOrigin,
    emulatorOrigin,
    signedInUser: {
      email: account.email,
      uid: account.uid,
      sessionToken: account.firefox.sessionToken,
      verified: true,
    },
    privateBrowsing: false,
    prefs: pairingPrefs(),
  });
  await primeFirefoxForPairing(firefox, account);
  phones = await launchPhoneBrowser();
});

test.afterAll(async () => {
  await phones?.close();
  await firefox?.close();
});

/** Opens /pair in Firefox, clicks the app's button, and returns the QR dialog's URI. */
async function startFromPairPage(): Promise<{ tab: Page; uri: string; errors: string[] }> {
  const { page: tab } = await firefox.openTab();
  const errors: string[] = [];
  tab.on('console', (m) => {
    if (m.type() === 'error' && m.location()?.url?.startsWith(appOrigin)) errors.push(m.text());
  });
  await tab.goto(`${appOrigin}/pair`);
  await expect.poll(() => isVisible(tab, byRole('button', 'Ready to scan'))).toBe(true);
  await tab.locator(byRole('button', 'Ready to scan')).click();
  // Firefox loads about:preferences?action=pair#sync in this tab and its dialog shows the QR code.
  const index = flows++;
  let uri: string | null = null;
  await expect
    .poll(async () => (uri = await pairingUri(firefox, index)), { timeout: 15_000 })
    .toMatch(new RegExp(`^${appOrigin}/pair#channel_id=[\\w-]{22}&channel_key=[\\w-]{43}$`));
  return { tab, uri: uri as unknown as string, errors };
}

test('a phone signs in by QR code and gets exactly the account’s Sync key', async () => {
  test.setTimeout(90_000);
  const { tab, uri, errors: tabErrors } = await startFromPairPage();
  const channelId = new URLSearchParams(new URL(uri).hash.slice(1)).get('channel_id') as string;
  const request = phoneRequest();
  const phone = await openPhone(phones);
  await phone.page.goto(request.url(uri));

  // The phone shows who answered; Firefox's tab went to the authority page on its own.
  await expect(phone.page.getByRole('heading', { name: 'Confirm pairing' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(phone.page.getByText(account.email, { exact: false })).toBeVisible();
  // The channel key left the address bar (and history) as soon as the page read it.
  expect(phone.page.url()).not.toContain('channel_key');
  await expect.poll(() => pathOf(tab), { timeout: 15_000 }).toMatch(/^\/pair\/auth\/allow\?/);
  await expect.poll(() => isVisible(tab, byRole('button', 'Yes, connect this device'))).toBe(true);
  // The phone as the channel server saw it: headless Chromium on Linux, the made-up place.
  // (Fluent isolates each variable with U+2068 … U+2069.)
  const device = (await textOf(tab, '.pair-device'))?.replace(/[\u2068\u2069]/g, '');
  expect(device).toMatch(/Chrome on Linux.*Near Paris, France/);

  await expectNoA11yViolations(phone.page);

  // The phone confirms first (with the keyboard alone), then Firefox.
  const landed = phone.page.waitForRequest((r) => r.url().includes('/oauth/success/'));
  const confirm = phone.page.getByRole('button', { name: 'Confirm pairing' });
  for (let i = 0; i < 10 && !(await confirm.evaluate((b) => b === document.activeElement)); i++) {
    await phone.page.keyboard.press('Tab');
  }
  await phone.page.keyboard.press('Enter');
  await expect(phone.page.getByRole('status')).toHaveText(/Waiting for Firefox/);
  await expectNoA11yViolations(phone.page);
  await tab.locator(byRole('button', 'Yes, connect this device')).click();

  const redirect = new URL((await landed).url());
  expect(redirect.origin + redirect.pathname).toBe(request.redirectUri);
  expect(redirect.searchParams.get('state')).toBe(request.state);
  const code = redirect.searchParams.get('code') as string;
  expect(code).toMatch(/^[0-9a-f]{64}$/);
  await expect(phone.page.getByRole('heading', { name: 'Device connected' })).toBeVisible();
  expect(phone.page.url()).not.toContain('code=');
  await expect.poll(() => isVisible(tab, byRole('heading', 'Device connected'))).toBe(true);
  await expect.poll(() => firefoxHasFlow(firefox, channelId)).toBe(false);

  // The phone's token exchange: keys_jwe decrypts to the Sync key derived from the account's kB.
  const tokens = await exchangeCode(code, request.verifier);
  expect(tokens.refresh_token).toEqual(expect.any(String));
  const { plaintext } = await compactDecrypt(String(tokens.keys_jwe), request.privateKey);
  const keys = JSON.parse(new TextDecoder().decode(plaintext));
  expect(keys).toEqual({ [OLDSYNC]: await expectedSyncKey(account) });

  expect(phone.errors, 'phone console errors').toEqual([]);
  expect(tabErrors, 'Firefox tab console errors').toEqual([]);
  await phone.close();
});

test('Firefox declines: both sides say pairing was cancelled', async () => {
  test.setTimeout(60_000);
  const { tab, uri, errors: tabErrors } = await startFromPairPage();
  const phone = await openPhone(phones);
  await phone.page.goto(phoneRequest().url(uri));
  await expect(phone.page.getByRole('heading', { name: 'Confirm pairing' })).toBeVisible({
    timeout: 15_000,
  });
  await expect
    .poll(() => isVisible(tab, byRole('button', 'No, cancel')), { timeout: 15_000 })
    .toBe(true);
  await tab.locator(byRole('button', 'No, cancel')).click();
  await expect.poll(() => pathOf(tab)).toBe('/pair/failure');
  expect(await textOf(tab, '[role="alert"]')).toBe('Pairing was cancelled.');
  await expect(phone.page.getByRole('heading', { name: 'Pairing didn’t work' })).toBeVisible();
  await expect(phone.page.getByRole('alert')).toHaveText('Pairing was cancelled.');
  await expectNoA11yViolations(phone.page);
  expect(phone.errors, 'phone console errors').toEqual([]);
  expect(tabErrors, 'Firefox tab console errors').toEqual([]);
  await phone.close();
});

test('the phone cancels: Firefox’s page stops waiting and says so', async () => {
  test.setTimeout(60_000);
  const { tab, uri, errors: tabErrors } = await startFromPairPage();
  const phone = await openPhone(phones);
  await phone.page.goto(phoneRequest().url(uri));
  await phone.page.getByRole('button', { name: 'Cancel' }).click({ timeout: 15_000 });
  await expect(phone.page.getByRole('alert')).toHaveText('Pairing was cancelled.');
  // Firefox fails its flow on the phone's message; the page's heartbeat hears it (pairing.md §2.3).
  await expect.poll(() => pathOf(tab), { timeout: 15_000 }).toBe('/pair/failure');
  expect(await textOf(tab, '[role="alert"]')).toBe(
    'The connection between your devices was lost. Try again.',
  );
  expect(phone.errors, 'phone console errors').toEqual([]);
  expect(tabErrors, 'Firefox tab console errors').toEqual([]);
  await phone.close();
});
