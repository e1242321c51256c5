// axe-core on the OAuth pages in their main states, with desktop and phone screenshots for the
// report: "Continue as", its inline error, the permissions page and the Bad Request page; and the
// consent given from the keyboard alone.
import type { Locator, Page } from '@playwright/test';
import { attachScreenshots, expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { authorizationPath, deviceUser, firefoxAccount, RELIERS } from '../support/oauth';

test.describe('OAuth pages: accessibility and look', () => {
  test('“Continue as”, then its inline error', async ({ page, device }, testInfo) => {
    const account = await firefoxAccount('a11y');
    await device({ signedInUser: deviceUser(account) });
    await page.goto(authorizationPath());
    const button = page.getByRole('button', { name: /^Continue as / });
    await expect(page.getByRole('heading', { name: /Continue to .?123Done/ })).toBeVisible();
    await expectNoA11yViolations(page);
    await attachScreenshots(page, testInfo, 'authorization');

    // Keyboard: the one click is a key press on the focused button.
    await page.route('**/v1/oauth/authorization', (route) => route.abort('internetdisconnected'));
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoA11yViolations(page);
    await attachScreenshots(page, testInfo, 'authorization-offline');
  });

  test('permissions', async ({ page, device }, testInfo) => {
    const account = await firefoxAccount('a11yperm');
    await device({ signedInUser: deviceUser(account) });
    await page.goto(
      authorizationPath({
        client_id: RELIERS.untrusted.clientId,
        redirect_uri: RELIERS.untrusted.redirectUri,
        scope: 'profile:email profile:display_name',
      }),
    );
    await page.getByRole('button', { name: /^Continue as / }).click();
    await expect(page.getByRole('heading', { name: 'Request for permission' })).toBeVisible();
    await expect(page.getByRole('listitem')).toHaveCount(2);
    await expectNoA11yViolations(page);
    await attachScreenshots(page, testInfo, 'permissions');
  });

  test('consent from the keyboard alone: Continue as, then Accept, back at the relier', async ({
    page,
    device,
  }) => {
    const account = await firefoxAccount('a11ykeys');
    await device({ signedInUser: deviceUser(account) });
    await page.goto(RELIERS.untrusted.home);
    await pressOn(page, page.getByRole('link', { name: 'Sign in with Firefox' }));
    await pressOn(page, page.getByRole('button', { name: /^Continue as / }));
    await expect(page.getByRole('heading', { name: 'Request for permission' })).toBeVisible();
    await pressOn(page, page.getByRole('button', { name: 'Accept' }));
    await expect(page.getByText(`Signed in as ${account.email}`)).toBeVisible();
    expect(page.url()).toBe(RELIERS.untrusted.home);
  });

  test('Bad Request', async ({ page }, testInfo) => {
    await page.goto(authorizationPath({ redirect_uri: 'https://evil.example/cb' }));
    await expect(page.getByRole('heading', { name: 'Bad Request' })).toBeVisible();
    await expectNoA11yViolations(page);
    await attachScreenshots(page, testInfo, 'bad-request');
  });
});

/** Tabs to the control (at most 30 stops) and presses Enter on it: no mouse involved. */
async function pressOn(page: Page, target: Locator) {
  await expect(target).toBeVisible();
  for (let i = 0; i < 30; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
}
