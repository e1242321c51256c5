// The finished look at a 360 px phone: no page scrolls sideways, in English and in Arabic (right
// to left). Desktop and phone screenshots of each page go to the report; with
// UPDATE_SCREENSHOTS=1 the sign-in and settings pages are also written to docs/screenshots/ (the
// README's pictures).
import fs from 'node:fs';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { attachScreenshots } from '../support/a11y';
import { createAccount, uniqueEmail } from '../support/emulator';
import { expect, test } from '../support/fixtures';
import { authorizationPath, deviceUser, firefoxAccount, RELIERS } from '../support/oauth';
import { realUser, seedUser, signInElsewhere } from '../support/settings';
import { submitEmail } from '../support/signin-steps';

const PHONE = { width: 360, height: 740 };
const DOCS = path.resolve(import.meta.dirname, '../../docs/screenshots');

/** The page fits a phone's width: nothing wider than the viewport, no sideways scrolling. */
async function expectNoSidewaysScroll(page: Page) {
  await page.setViewportSize(PHONE);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} is ${width}px wide at 360px`).toBeLessThanOrEqual(PHONE.width);
}

async function look(page: Page, testInfo: TestInfo, name: string) {
  await expectNoSidewaysScroll(page);
  await attachScreenshots(page, testInfo, name);
}

/** The README's picture of this page, at a desktop width, only when asked for. */
async function writeDocsScreenshot(page: Page, name: string) {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  fs.mkdirSync(DOCS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: path.join(DOCS, `${name}.png`), fullPage: true });
}

test.describe('the look at 360 px', () => {
  // Screenshots of several pages at two widths: on a loaded 2-core machine they outlast 30 s.
  test.slow();
  test('sign-in: email, password and sign-up steps', async ({ page }, testInfo) => {
    await page.setViewportSize(PHONE);
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Enter your email' })).toBeVisible();
    await look(page, testInfo, 'email-first');
    await writeDocsScreenshot(page, 'signin');

    const { email } = await createAccount({ email: uniqueEmail('look') });
    await submitEmail(page, email);
    await expect(page.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
    await look(page, testInfo, 'signin-password');

    await page.goto('/');
    await submitEmail(page, uniqueEmail('look-new'));
    await expect(page.getByRole('heading', { name: 'Set your password' })).toBeVisible();
    await look(page, testInfo, 'signup');
  });

  test('settings and a sub-page, with a long email and another device', async ({
    page,
  }, testInfo) => {
    const user = await realUser('look-with-a-rather-long-address', 'Ada Lovelace');
    await signInElsewhere(user, { name: 'Pixel 9', type: 'mobile' });
    await seedUser(page, user);
    await page.setViewportSize(PHONE);
    await page.goto('/settings');
    await expect(page.getByTestId('client')).toHaveCount(2);
    await expect(page.locator('[data-settings-ready]')).toHaveCount(1);
    await look(page, testInfo, 'settings');
    await writeDocsScreenshot(page, 'settings');

    await page.goto('/settings/change_password');
    await expect(page.getByRole('heading', { name: 'Change password', level: 1 })).toBeVisible();
    await look(page, testInfo, 'settings-change-password');
  });

  test('OAuth: authorization and permissions', async ({ page, device }, testInfo) => {
    const account = await firefoxAccount('look');
    await device({ signedInUser: deviceUser(account) });
    await page.setViewportSize(PHONE);
    await page.goto(authorizationPath());
    await expect(page.getByRole('button', { name: /^Continue as / })).toBeVisible();
    await look(page, testInfo, 'authorization');

    await page.goto(
      authorizationPath({
        client_id: RELIERS.untrusted.clientId,
        redirect_uri: RELIERS.untrusted.redirectUri,
        scope: 'profile:email profile:display_name',
      }),
    );
    await page.getByRole('button', { name: /^Continue as / }).click();
    await expect(page.getByRole('heading', { name: 'Request for permission' })).toBeVisible();
    await look(page, testInfo, 'permissions');
  });

  test.describe('in Arabic, right to left', () => {
    test.use({ locale: 'ar' });

    test('sign-in and settings', async ({ page }, testInfo) => {
      await page.setViewportSize(PHONE);
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.getByRole('heading', { name: 'أدخِل بريدك الإلكتروني' })).toBeVisible();
      await look(page, testInfo, 'ar-email-first');

      const user = await realUser('look-ar', 'Ada Lovelace');
      await seedUser(page, user);
      await page.goto('/settings');
      await expect(page.locator('[data-settings-ready]')).toHaveCount(1);
      await expect(page.getByTestId('client')).toHaveCount(1);
      await look(page, testInfo, 'ar-settings');
    });
  });
});

test.describe('the tab icon', () => {
  /** The icon the page names, once it has painted (app/components/tab-icon.tsx), and its size. */
  async function tabIcon(page: Page) {
    const link = page.locator('head link[rel="icon"]');
    await expect(link).toHaveCount(1);
    const href = await link.evaluate((l: HTMLLinkElement) => l.href);
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    return link.evaluate(
      (l: HTMLLinkElement) =>
        new Promise<string>((resolve, reject) => {
          const image = new Image();
          image.onload = () => resolve(`${image.naturalWidth}x${image.naturalHeight}`);
          image.onerror = () => reject(new Error(`${l.href} does not decode`));
          image.src = l.href;
        }),
    );
  }

  test('sign-in and settings show it', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Enter your email' })).toBeVisible();
    expect(await tabIcon(page)).toBe('32x32');

    const user = await realUser('tab-icon');
    await seedUser(page, user);
    await page.goto('/settings');
    await expect(page.locator('[data-settings-ready]')).toHaveCount(1);
    expect(await tabIcon(page)).toBe('32x32');
  });
});
