// /settings itself: real account data from the emulator, skeletons while it loads, the error
// dialog when the account cannot be loaded, and the way out when the session is gone.
// Upstream: settings/accountFetchError.spec.ts, settings/redirect.spec.ts (fxa-upstream.md §7).
import { TestClient } from '../../mocks/emulator/testing/fxa-client.testutil';
import { attachScreenshots, expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { emulatorOrigin } from '../support/ports';
import { failedLoad, realUser, seedUser, storedSession } from '../support/settings';

const ACCOUNT = '**/v1/account';

test.describe('settings page', () => {
  test('opens on the account: profile, security and this device', async ({ page }) => {
    const user = await realUser('page', 'Ada Lovelace');
    await seedUser(page, user);
    await page.goto('/settings');
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await expect(page.getByTestId('primary-email')).toHaveText(user.email);
    await expect(page.getByTestId('display-name')).toHaveText('Ada Lovelace');
    await expect(page.getByTestId('secondary-email')).toContainText('None');
    await expect(page.getByTestId('password')).toContainText(/Created.*\d{4}/);
    // The default avatar carries the display name's initial.
    await expect(page.getByRole('img', { name: 'Default profile picture' }).first()).toHaveText(
      'A',
    );
    const thisDevice = page.getByTestId('client').filter({ hasText: 'This device' });
    await expect(thisDevice).toHaveCount(1);
    await expect(thisDevice).toContainText('Last active');
    await expect(page.locator('[data-settings-ready]')).toHaveCount(1);
  });

  test('shows the page at once and skeletons until the account arrives', async ({ page }) => {
    const user = await realUser('slow');
    await seedUser(page, user);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(ACCOUNT, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/settings');
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await expect(page.getByTestId('primary-email')).toHaveText(user.email);
    const security = page.getByRole('region', { name: 'Security' });
    await expect(security).toHaveAttribute('aria-busy', 'true');
    await expect(page.locator('[data-settings-ready]')).toHaveCount(0);
    release();
    await expect(security).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByTestId('password')).toContainText('Created');
    await expect(page.locator('[data-settings-ready]')).toHaveCount(1);
  });

  test('the early requests’ code never arrives: the page still renders, and loads the account itself', async ({
    page,
  }) => {
    const user = await realUser('stalled-chunk');
    await seedUser(page, user);
    // The chunk the entry imports to start the settings requests before React has run
    // (app/routes/route-data.ts): held for good, as a stalled download.
    await page.route('**/assets/first-requests-*.js', () => {});
    // A script that never arrives holds the document's load event, as any would: not awaited.
    await page.goto('/settings', { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    // The page makes the requests itself after EARLY_CODE_WAIT_MS (3 s).
    await expect(page.getByTestId('primary-email')).toHaveText(user.email, { timeout: 10_000 });
    await expect(page.locator('[data-settings-ready]')).toHaveCount(1);
  });

  test('a server error loading the account shows the error dialog, and retry recovers', async ({
    page,
    allowConsoleError,
  }) => {
    allowConsoleError(failedLoad(500));
    const user = await realUser('fail');
    await seedUser(page, user);
    let failing = true;
    await page.route(ACCOUNT, (route) =>
      failing
        ? route.fulfill({
            status: 500,
            contentType: 'application/json',
            body: JSON.stringify({ code: 500, errno: 999, error: 'Internal Server Error' }),
          })
        : route.continue(),
    );
    await page.goto('/settings');
    const dialog = page.getByRole('dialog', { name: 'General application error' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Something went wrong');
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toHaveCount(0);
    // Escape does not leave an empty page behind.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeVisible();

    failing = false;
    await dialog.getByRole('button', { name: 'Try again' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('primary-email')).toHaveText(user.email);
    await expect(page.getByTestId('password')).toContainText('Created');
  });

  test('offline: the dialog says so, and the session is kept', async ({
    page,
    allowConsoleError,
  }) => {
    allowConsoleError(/Failed to load resource: net::ERR_FAILED/);
    const user = await realUser('offline');
    await seedUser(page, user);
    await page.route(ACCOUNT, (route) => route.abort('failed'));
    await page.goto('/settings');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Check your connection');
    await expect(page).toHaveURL(/\/settings$/);
    expect((await storedSession(page, user.uid))?.sessionToken).toBe(user.sessionToken);
  });

  test('a session the server no longer knows sends the user to sign in, email kept', async ({
    page,
    allowConsoleError,
  }) => {
    allowConsoleError(failedLoad(401));
    const user = await realUser('expired');
    // Ended elsewhere (another device signed it out), so the server answers errno 110.
    const ended = await new TestClient(emulatorOrigin).hawkPost(
      '/v1/session/destroy',
      user.sessionToken,
      {},
    );
    expect(ended.status).toBe(200);
    await seedUser(page, user);
    await page.goto('/settings');
    // Email-first gets the address (`?email=`) and submits it for the user, as it does any valid
    // hint: the password step for that account, with the way back to /settings kept.
    await expect(page.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
    await expect(page.getByText(user.email, { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/\/signin\?email=[^&]+&redirect_to=%2Fsettings$/);
    const stored = await storedSession(page, user.uid);
    expect(stored?.email).toBe(user.email);
    expect(stored?.sessionToken).toBeUndefined();
  });

  test('the sub-pages pass axe, with their strings loaded', async ({ page }, testInfo) => {
    test.slow(); // six pages, each with an axe run
    const user = await realUser('subpages');
    await seedUser(page, user);
    for (const [path, heading] of [
      ['/settings/display_name', 'Display name'],
      ['/settings/avatar', 'Profile picture'],
      ['/settings/emails', 'Secondary email'],
      ['/settings/change_password', 'Change password'],
      ['/settings/delete_account', 'Delete account'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Cancel' })).toBeVisible();
      await expectNoA11yViolations(page);
      await attachScreenshots(page, testInfo, path.slice(1).replaceAll('/', '-'));
    }
  });
});
