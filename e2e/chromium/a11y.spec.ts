import { attachScreenshots, expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { realUser, sessionOf } from '../support/settings';

// axe-core on every page and main state; screenshots at desktop and phone widths go to the report.
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
