// `/signout_sync` with the simulated Firefox (issue #20, item 3): a Sync settings page on the
// browser's session that the server has ended tells the user to sign out from the browser's menu,
// in each language, axe-clean and at 360 px; the same on the web (no Sync) still asks to sign in.
// The whole path in real Firefox: e2e/firefox/signout-sync-firefox.spec.ts.
import { TestClient } from '../../mocks/emulator/testing/fxa-client.testutil';
import { expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { emulatorOrigin } from '../support/ports';
import { realUser, sessionOf } from '../support/settings';

/** An account the simulated Firefox holds, whose session the server has ended. */
async function endedBrowserSession() {
  const user = await realUser('ended');
  const ended = await new TestClient(emulatorOrigin).hawkPost(
    '/v1/session/destroy',
    user.sessionToken,
    {},
  );
  expect(ended.status).toBe(200);
  return user;
}

const LANGUAGES = [
  { locale: 'en-US', lang: 'en', dir: 'ltr', heading: 'Session expired' },
  { locale: 'fr-FR', lang: 'fr', dir: 'ltr', heading: 'Session expirée' },
  { locale: 'ar', lang: 'ar', dir: 'rtl', heading: 'انتهت الجلسة' },
] as const;

for (const { locale, lang, dir, heading } of LANGUAGES) {
  test.describe(`in ${lang}`, () => {
    test.use({ locale });

    test('Sync on the browser’s ended session: sign out from the browser, not here', async ({
      page,
      device,
    }) => {
      const user = await endedBrowserSession();
      await device({ signedInUser: sessionOf(user) });
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto('/settings?service=sync&context=fx_desktop_v3');
      await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
      await expect(page).toHaveURL(/\/signout_sync\?service=sync&context=fx_desktop_v3$/);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.getByRole('textbox')).toHaveCount(0);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
      await expectNoA11yViolations(page);
    });
  });
}

test('the same ended session on the web (no Sync) still asks to sign in again', async ({
  page,
  device,
}) => {
  const user = await endedBrowserSession();
  await device({ signedInUser: sessionOf(user) });
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
  await expect(page).toHaveURL(/\/signin\?email=[^&]+&redirect_to=%2Fsettings$/);
});
