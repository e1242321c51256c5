import fs from 'node:fs';
import { expect, test } from '../support/fixtures';
import { authorizationPath, deviceUser, firefoxAccount, RELIERS } from '../support/oauth';
import { realUser, seedUser, signInElsewhere } from '../support/settings';
import { createAccount, uniqueEmail } from '../support/emulator';
import { submitEmail } from '../support/signin-steps';

const dir = process.env.LOOK_DIR ?? '/tmp/look';
fs.mkdirSync(dir, { recursive: true });
const locale = process.env.LOOK_LOCALE ?? 'en-US';
const scheme = (process.env.LOOK_SCHEME ?? 'light') as 'light' | 'dark';
test.use({ locale, colorScheme: scheme });
async function shot(page: import('@playwright/test').Page, name: string) {
  for (const [label, size] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 360, height: 740 }]] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${dir}/${name}-${label}.png`, fullPage: true });
  }
}
test('look', async ({ page, device }) => {
  const user = await realUser('look', 'Ada Lovelace');
  await signInElsewhere(user, { name: 'Pixel 9', type: 'mobile' });
  await seedUser(page, user);
  await page.goto('/settings');
  await expect(page.locator('[data-settings-ready]')).toHaveCount(1);
  await expect(page.getByTestId('client').first()).toBeVisible();
  await shot(page, 'settings');
  await page.goto('/settings/change_password');
  await expect(page.locator('h1')).toBeVisible();
  await shot(page, 'change-password');
  await page.goto('/settings/display_name');
  await expect(page.locator('h1')).toBeVisible();
  await shot(page, 'display-name');
  await page.goto('/nowhere');
  await shot(page, '404');
  await page.context().clearCookies();
  await page.evaluate(() => localStorage.clear());
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  await shot(page, 'email-first');
  const { email } = await createAccount({ email: uniqueEmail('look') });
  await submitEmail(page, email);
  await expect(page.locator('h1')).toHaveCount(1);
  await page.waitForTimeout(500);
  await shot(page, 'password');
  await page.goto('/');
  await submitEmail(page, uniqueEmail('new'));
  await page.waitForTimeout(500);
  await shot(page, 'signup');
});
test('oauth look', async ({ page, device }) => {
  const account = await firefoxAccount('look');
  await device({ signedInUser: deviceUser(account) });
  await page.goto(authorizationPath());
  await expect(page.getByRole('button', { name: /Continue/ }).first()).toBeVisible();
  await shot(page, 'authorization');
  await page.goto(authorizationPath({ client_id: RELIERS.untrusted.clientId, redirect_uri: RELIERS.untrusted.redirectUri, scope: 'profile:email profile:display_name' }));
  await page.getByRole('button').first().click();
  await page.waitForTimeout(800);
  await shot(page, 'permissions');
  await page.goto(authorizationPath({ redirect_uri: 'https://evil.example/cb' }));
  await page.waitForTimeout(500);
  await shot(page, 'bad-request');
});
