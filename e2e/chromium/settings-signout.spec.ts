// Ending things: the avatar menu's sign-out, signing out of one connected service, deleting the
// account; and what Firefox hears about each. Upstream: DropDownAvatarMenu, ConnectedServices
// (signin/relyingParties.spec.ts "disconnect RP"), settings/deleteAccount.spec.ts (§7, 20 and 25).
import { accountSummary } from '../support/emulator';
import { commands, expect, test } from '../support/fixtures';
import {
  failedLoad,
  placeable,
  realUser,
  seedUser,
  sessionAlive,
  sessionOf,
  signInElsewhere,
  storedSession,
} from '../support/settings';

const deviceUser = (page: import('@playwright/test').Page) =>
  page.evaluate(() =>
    (window as unknown as { __fxaDevice: { user: () => unknown } }).__fxaDevice.user(),
  );

test.describe('sign out from the avatar menu', () => {
  test('the browser’s session: destroyed, forgotten here, and fxaccounts:logout sent', async ({
    page,
    device,
    sentMessages,
  }) => {
    const user = await realUser('signout');
    await device({ signedInUser: sessionOf(user) });
    await page.goto('/settings');
    const menuButton = page.getByRole('button', { name: 'Account menu' });
    await menuButton.click();
    await expect(page.getByTestId('avatar-menu-email')).toHaveText(user.email);
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();

    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { name: 'Enter your email' })).toBeVisible();
    // The email stays stored (for a later suggestion); the token is gone, here and on the server.
    const stored = await storedSession(page, user.uid);
    expect(stored?.email).toBe(user.email);
    expect(stored?.sessionToken).toBeUndefined();
    expect(await sessionAlive(user.sessionToken)).toBe(false);
    const logout = (await sentMessages()).filter((m) => m.command === 'fxaccounts:logout');
    expect(logout.map((m) => m.data)).toEqual([{ uid: user.uid }]);
    expect(await deviceUser(page)).toBeNull();
  });

  test('a session that is not the browser’s: Firefox is not told', async ({
    page,
    device,
    sentMessages,
  }) => {
    const firefoxUser = await realUser('firefox-keeps');
    const user = await realUser('signout-local');
    await device({ signedInUser: sessionOf(firefoxUser) });
    await seedUser(page, user);
    await page.goto('/settings');
    await expect(page.getByTestId('primary-email')).toHaveText(user.email);
    await page.getByRole('button', { name: 'Account menu' }).click();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Enter your email' })).toBeVisible();
    expect(await sessionAlive(user.sessionToken)).toBe(false);
    expect(commands(await sentMessages())).toEqual(['fxaccounts:fxa_status', 'fxaccounts:loaded']);
    expect(await deviceUser(page)).toMatchObject({ uid: firefoxUser.uid });
  });

  test('offline: signed out here all the same', async ({ page, allowConsoleError }) => {
    allowConsoleError(/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/);
    const user = await realUser('signout-offline');
    await seedUser(page, user);
    await page.goto('/settings');
    await page.route('**/v1/session/destroy', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Account menu' }).click();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Enter your email' })).toBeVisible();
    expect((await storedSession(page, user.uid))?.sessionToken).toBeUndefined();
  });

  test('the menu closes with Escape and gives focus back', async ({ page }) => {
    const user = await realUser('menu');
    await seedUser(page, user);
    await page.goto('/settings');
    const menuButton = page.getByRole('button', { name: 'Account menu' });
    await menuButton.click();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeHidden();
    await expect(menuButton).toBeFocused();
  });
});

test.describe('connected services', () => {
  test('lists this device first, names and icons by type; signs out of another one', async ({
    page,
  }) => {
    const user = await realUser('services');
    const phone = await signInElsewhere(user, { name: 'Pixel 9', type: 'mobile' });
    await seedUser(page, user);
    await page.goto('/settings');
    const clients = page.getByTestId('client');
    await expect(clients).toHaveCount(2);
    await expect(clients.first()).toContainText('This device');
    const pixel = clients.filter({ hasText: 'Pixel 9' });
    await expect(pixel).toContainText('Last active');
    await expect(pixel.locator('svg.device-icon')).toHaveAttribute('data-kind', 'mobile');
    await expect(clients.first().locator('svg.device-icon')).toHaveAttribute('data-kind', 'web');

    await pixel.getByRole('button', { name: placeable('Sign out of ', 'Pixel 9', '') }).click();
    // A Sync device asks first (upstream's "Disconnect from Sync").
    const dialog = page.getByRole('dialog', { name: 'Disconnect from Sync' });
    await expect(dialog).toContainText('Pixel 9');
    await dialog.getByRole('button', { name: 'Disconnect' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status')).toContainText('Signed out of');
    await expect(clients).toHaveCount(1);
    expect(await sessionAlive(phone.sessionToken)).toBe(false);
    expect(await sessionAlive(user.sessionToken)).toBe(true);
    await page.reload();
    await expect(clients).toHaveCount(1);
  });

  test('a failure to sign out of one keeps it listed and says so', async ({
    page,
    allowConsoleError,
  }) => {
    allowConsoleError(failedLoad(500));
    const user = await realUser('services-fail');
    const phone = await signInElsewhere(user, { name: 'Old tablet', type: 'tablet' });
    await seedUser(page, user);
    await page.route('**/v1/account/attached_client/destroy', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ code: 500, errno: 999, error: 'Internal Server Error' }),
      }),
    );
    await page.goto('/settings');
    const tablet = page.getByTestId('client').filter({ hasText: 'Old tablet' });
    await tablet.getByRole('button', { name: placeable('Sign out of ', 'Old tablet', '') }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Disconnect' }).click();
    await expect(tablet.getByRole('alert')).toHaveText('Something went wrong. Please try again.');
    await expect(page.getByTestId('client')).toHaveCount(2);
    expect(await sessionAlive(phone.sessionToken)).toBe(true);
  });

  test('the Sync dialog keeps focus inside, and Cancel or Escape disconnect nothing', async ({
    page,
  }) => {
    const user = await realUser('services-cancel');
    const phone = await signInElsewhere(user, { name: 'Pixel 9', type: 'mobile' });
    await seedUser(page, user);
    await page.goto('/settings');
    const opener = page
      .getByTestId('client')
      .filter({ hasText: 'Pixel 9' })
      .getByRole('button', { name: placeable('Sign out of ', 'Pixel 9', '') });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Disconnect from Sync' });
    // The safe choice has focus; Tab cycles between the dialog's two buttons only.
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    await expect(page.getByTestId('client')).toHaveCount(2);
    expect(await sessionAlive(phone.sessionToken)).toBe(true);
  });

  test('signing out of this device is signing out', async ({ page }) => {
    const user = await realUser('services-self');
    await seedUser(page, user);
    await page.goto('/settings');
    const self = page.getByTestId('client').filter({ hasText: 'This device' });
    await self.getByRole('button', { name: /^Sign out of / }).click();
    await expect(page.getByRole('heading', { name: 'Enter your email' })).toBeVisible();
    expect(await sessionAlive(user.sessionToken)).toBe(false);
  });
});

test.describe('delete account', () => {
  test('confirm, wrong password, then deleted: Firefox told, signed-out index says so', async ({
    page,
    device,
    sentMessages,
    allowConsoleError,
  }) => {
    allowConsoleError(failedLoad(400));
    const user = await realUser('delete');
    await device({ signedInUser: sessionOf(user) });
    await page.goto('/settings');
    await page.getByTestId('settings-delete-account').click();
    await expect(page).toHaveURL(/\/settings\/delete_account$/);

    // Step 1: every acknowledgement before going on; Cancel goes back untouched.
    const next = page.getByRole('button', { name: 'Continue' });
    await expect(next).toBeDisabled();
    for (const box of await page.getByRole('checkbox').all()) await box.check();
    await expect(next).toBeEnabled();
    await next.click();

    // Step 2: the password.
    const password = page.getByLabel('Enter your password to delete your account');
    await expect(password).toBeFocused();
    await password.fill('not my password');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText('Incorrect password');
    expect((await accountSummary(user.email)).uid).toBe(user.uid);

    await password.fill(user.password);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('status')).toHaveText('Account deleted successfully');
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('');
    expect(await storedSession(page, user.uid)).toBeUndefined();
    await expect(accountSummary(user.email)).rejects.toThrow(/404|400/);
    const deleted = (await sentMessages()).filter((m) => m.command === 'fxaccounts:delete');
    expect(deleted.map((m) => m.data)).toEqual([{ uid: user.uid }]);
    expect(await deviceUser(page)).toBeNull();
  });

  test('cancel at step 1 leaves everything as it was', async ({ page }) => {
    const user = await realUser('delete-cancel');
    await seedUser(page, user);
    await page.goto('/settings/delete_account');
    await page.getByRole('checkbox').first().check();
    await page.getByRole('link', { name: 'Cancel' }).click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByTestId('primary-email')).toHaveText(user.email);
    expect((await accountSummary(user.email)).uid).toBe(user.uid);
  });
});
