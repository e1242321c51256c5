import { attachScreenshots, expectNoA11yViolations } from '../support/a11y';
import { browserUser, expect, test } from '../support/fixtures';

// axe-core on every page and main state; screenshots at desktop and phone widths go to the report.
test.describe('accessibility and look', () => {
  test('email-first, signed out', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Enter your email' })).toBeVisible();
    await expectNoA11yViolations(page);
    await attachScreenshots(page, testInfo, 'email-first');
  });

  test('settings, signed in from the device', async ({ page, device }, testInfo) => {
    await device({ signedInUser: browserUser });
    await page.goto('/settings');
    await expect(page.getByTestId('primary-email')).toBeVisible();
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
