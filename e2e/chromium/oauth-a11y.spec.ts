// axe-core on the OAuth pages in their main states, with desktop and phone screenshots for the
// report: "Continue as", its inline error, the permissions page and the Bad Request page.
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

  test('Bad Request', async ({ page }, testInfo) => {
    await page.goto(authorizationPath({ redirect_uri: 'https://evil.example/cb' }));
    await expect(page.getByRole('heading', { name: 'Bad Request' })).toBeVisible();
    await expectNoA11yViolations(page);
    await attachScreenshots(page, testInfo, 'bad-request');
  });
});
