import type { Locator, Page } from '@playwright/test';
import { attachScreenshots, expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import {
  failedLoad,
  placeable,
  realUser,
  seedUser,
  sessionOf,
  signInElsewhere,
} from '../support/settings';

// axe-core on every page and main state (dialogs and menus open, errors shown, dark colours);
// keyboard-only editing; the user's motion and colour preferences. Screenshots at desktop and
// phone widths go to the report.
test.describe('accessibility and look', () => {
  test('email-first, signed out', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Enter your email' })).toBeVisible();
    await expectNoA11yViolations(page);
    await attachScreenshots(page, testInfo, 'email-first');
  });

  test('settings, signed in from the device', async ({ page, device }, testInfo) => {
    await device({ signedInUser: sessionOf(await realUser('a11y')) });
    await page.goto('/settings');
    // Axe looks at the page once everything is in, skeletons gone.
    await expect(page.getByTestId('client').first()).toBeVisible();
    await expect(page.getByTestId('display-name')).toHaveText('None');
    await expectNoA11yViolations(page);
    await attachScreenshots(page, testInfo, 'settings');
  });

  test('404', async ({ page }, testInfo) => {
    await page.goto('/nowhere');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expectNoA11yViolations(page);
    await attachScreenshots(page, testInfo, 'not-found');
  });
});

test.describe('accessibility of settings states', () => {
  // Several axe runs and screenshots: on a loaded 2-core machine they outlast the default 30 s.
  test.slow();
  test('the Disconnect from Sync dialog and the avatar menu, open', async ({ page }) => {
    const user = await realUser('a11y-dialog');
    await signInElsewhere(user, { name: 'Pixel 9', type: 'mobile' });
    await seedUser(page, user);
    await page.goto('/settings');
    await page.getByRole('button', { name: placeable('Sign out of ', 'Pixel 9', '') }).click();
    const dialog = page.getByRole('dialog', { name: 'Disconnect from Sync' });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expectNoA11yViolations(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    const menuButton = page.getByRole('button', { name: 'Account menu' });
    await menuButton.click();
    await expect(page.getByTestId('avatar-menu-email')).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('the account error dialog: no violations, and Tab stays on its button', async ({
    page,
    allowConsoleError,
  }) => {
    allowConsoleError(failedLoad(500));
    const user = await realUser('a11y-error');
    await seedUser(page, user);
    await page.route('**/v1/account', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ code: 500, errno: 999, error: 'Internal Server Error' }),
      }),
    );
    await page.goto('/settings');
    const dialog = page.getByRole('dialog', { name: 'General application error' });
    const retry = dialog.getByRole('button', { name: 'Try again' });
    await expect(retry).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(retry).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(retry).toBeFocused();
    await expectNoA11yViolations(page);
  });

  test('a display name added from the keyboard alone', async ({ page }) => {
    const user = await realUser('a11y-keys');
    await seedUser(page, user);
    await page.goto('/settings');
    await expect(page.locator('[data-settings-ready]')).toHaveCount(1);
    await tabTo(page, page.getByRole('link', { name: 'Add display name' }));
    await page.keyboard.press('Enter');
    const field = page.getByRole('textbox', { name: 'Enter display name' });
    await expect(field).toBeEnabled();
    await tabTo(page, field);
    await page.keyboard.type('Grace Hopper');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText('Display name updated');
    await expect(page.getByTestId('display-name')).toHaveText('Grace Hopper');
  });
});

test.describe('user preferences', () => {
  // Several axe runs and screenshots: on a loaded 2-core machine they outlast the default 30 s.
  test.slow();
  /** The skeleton's animation while the account is held back. */
  async function skeletonAnimation(page: Page) {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/v1/account', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/settings');
    // The Security section waits for the account (connected services has a request of its own).
    const skeleton = page.getByRole('region', { name: 'Security' }).locator('.skeleton').first();
    await expect(skeleton).toBeVisible();
    const animation = await skeleton.evaluate((el) => getComputedStyle(el).animationName);
    release();
    await expect(page.getByTestId('password')).toContainText('Created');
    return animation;
  }

  test('prefers-reduced-motion: the loading skeletons stop pulsing', async ({ page }) => {
    const user = await realUser('a11y-motion');
    await seedUser(page, user);
    expect(await skeletonAnimation(page)).toBe('skeleton-pulse');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await skeletonAnimation(page)).toBe('none');
  });

  test('prefers-color-scheme: dark pages are dark, and pass axe', async ({ page }, testInfo) => {
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Enter your email' })).toBeVisible();
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await background();
    expect(light).toBe('rgb(249, 249, 251)');
    expect(dark).toBe('rgb(28, 27, 34)');
    await expectNoA11yViolations(page);
    await attachScreenshots(page, testInfo, 'dark-email-first');

    // Settings in the dark: every text and control keeps its contrast.
    const user = await realUser('a11y-dark', 'Ada Lovelace');
    await signInElsewhere(user, { name: 'Pixel 9', type: 'mobile' });
    await seedUser(page, user);
    await page.goto('/settings');
    await expect(page.getByTestId('client')).toHaveCount(2);
    await expect(page.locator('[data-settings-ready]')).toHaveCount(1);
    await expectNoA11yViolations(page);
    await attachScreenshots(page, testInfo, 'dark-settings');
  });
});

/** Presses Tab until the element has the focus (at most 40 times: every stop on the page). */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}
