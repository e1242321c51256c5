// Settings' "Data collection and use" (issue #25; upstream components/Settings/DataCollection):
// the opt-out switch, with the keyboard, stored by the emulator (POST /account/metrics_opt) so
// it is still off after a reload; accessible, and fitting a 360 px screen.
import { expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { realUser, seedUser } from '../support/settings';

test('the data collection switch: off with the keyboard, still off after a reload', async ({
  page,
}) => {
  const user = await realUser('data-collection');
  await seedUser(page, user);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Data collection and use' });
  await expect(section).toContainText('This app itself sends no metrics');
  const toggle = section.getByRole('switch', { name: 'Help improve Mozilla accounts' });
  await expect(toggle).toBeChecked();
  await expect(toggle).toBeEnabled();
  await expectNoA11yViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );

  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: 'opted out' })).toBeVisible();
  await expect(toggle).not.toBeChecked();
  await expect(toggle).toHaveText('Off');

  await page.reload();
  await expect(toggle).not.toBeChecked();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toBeChecked();
});
