// Profile edits: display name and avatar, against the emulator's profile server. Upstream:
// settings/displayName.spec.ts and settings/avatar.spec.ts (fxa-upstream.md §7, 23 and 26).
import { commands, expect, test } from '../support/fixtures';
import { failedLoad, realUser, seedUser, sessionOf, solidPng } from '../support/settings';

const serverError = {
  status: 500,
  contentType: 'application/json',
  body: JSON.stringify({ code: 500, errno: 999, error: 'Internal Server Error' }),
};

test.describe('display name', () => {
  test('add, change, cancel and remove; Firefox hears profile:change', async ({
    page,
    device,
    sentMessages,
  }) => {
    const user = await realUser('name');
    await device({ signedInUser: sessionOf(user) });
    await page.goto('/settings');
    const name = page.getByTestId('display-name');
    await expect(name).toHaveText('None');

    await page.getByRole('link', { name: 'Add display name' }).click();
    await expect(page).toHaveURL(/\/settings\/display_name$/);
    await page.getByLabel('Enter display name').fill('TestUser1');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByRole('status')).toContainText('Display name updated');
    await expect(name).toHaveText('TestUser1');
    // The default avatar now shows the name's initial.
    await expect(page.getByTestId('avatar-row').getByRole('img')).toHaveText('T');
    const sent = await sentMessages();
    expect(sent.filter((m) => m.command === 'profile:change').map((m) => m.data)).toEqual([
      { uid: user.uid },
    ]);

    await page.getByRole('link', { name: 'Change display name' }).click();
    const field = page.getByLabel('Enter display name');
    await expect(field).toHaveValue('TestUser1');
    await field.fill('TestUser2');
    await page.getByRole('link', { name: 'Cancel' }).click();
    await expect(name).toHaveText('TestUser1');

    await page.getByRole('link', { name: 'Change display name' }).click();
    await page.getByLabel('Enter display name').fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(name).toHaveText('None');
    // Reloaded from the server, not just from what the page remembered.
    await page.reload();
    await expect(name).toHaveText('None');
  });

  test('a server error keeps what was typed and says so', async ({ page, allowConsoleError }) => {
    allowConsoleError(failedLoad(500));
    const user = await realUser('name-fail');
    await seedUser(page, user);
    await page.route('**/profile/v1/display_name', (route) => route.fulfill(serverError));
    await page.goto('/settings/display_name');
    const field = page.getByLabel('Enter display name');
    await field.fill('Grace');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toHaveText('Something went wrong. Please try again.');
    await expect(page).toHaveURL(/\/settings\/display_name$/);
    await expect(field).toHaveValue('Grace');
    await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled();
  });
});

test.describe('avatar', () => {
  const png = { name: 'me.png', mimeType: 'image/png', buffer: solidPng(8, 6, [200, 40, 40]) };

  test('upload with preview replaces the default, and remove restores it', async ({ page }) => {
    const user = await realUser('avatar');
    await seedUser(page, user);
    await page.goto('/settings');
    const row = page.getByTestId('avatar-row');
    await expect(row.getByRole('img', { name: 'Default profile picture' })).toBeVisible();

    await page.getByRole('link', { name: 'Add picture' }).click();
    await page.getByLabel('Upload a photo').setInputFiles(png);
    // The preview, before anything is saved.
    const preview = page.getByRole('img', { name: 'Your profile picture' });
    await expect(preview).toHaveAttribute('src', /^blob:/);
    await page.getByRole('button', { name: 'Save' }).click();

    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByRole('status')).toContainText('Profile picture updated');
    const picture = row.getByRole('img', { name: 'Your profile picture' });
    await expect(picture).toHaveAttribute('src', /\/profile\/a\/[0-9a-f]{32}$/);
    // The image really is there (the server stored what was sent).
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    await expect(
      page.getByRole('button', { name: 'Account menu' }).getByRole('img'),
    ).toHaveAttribute('src', /\/profile\/a\//);

    await page.getByRole('link', { name: 'Change picture' }).click();
    await page.getByRole('button', { name: 'Remove photo' }).click();
    await expect(page.getByRole('status')).toContainText('Profile picture removed');
    await expect(row.getByRole('img', { name: 'Default profile picture' })).toHaveText(
      user.email[0]?.toUpperCase() ?? '',
    );
    await page.reload();
    await expect(row.getByRole('img', { name: 'Default profile picture' })).toBeVisible();
  });

  test('a file that is not a picture is refused before any upload', async ({ page }) => {
    const user = await realUser('avatar-bad');
    await seedUser(page, user);
    let uploads = 0;
    await page.route('**/profile/v1/avatar/upload', (route) => {
      uploads++;
      return route.continue();
    });
    await page.goto('/settings/avatar');
    await page.getByLabel('Upload a photo').setInputFiles({
      name: 'notes.png',
      mimeType: 'image/png',
      buffer: Buffer.from('not really a picture'),
    });
    await expect(page.getByRole('alert')).toContainText('not a picture that can be used');
    await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
    expect(uploads).toBe(0);
  });

  test('a failed upload keeps the preview and says so', async ({ page, allowConsoleError }) => {
    allowConsoleError(failedLoad(500));
    const user = await realUser('avatar-fail');
    await seedUser(page, user);
    await page.route('**/profile/v1/avatar/upload', (route) => route.fulfill(serverError));
    await page.goto('/settings/avatar');
    await page.getByLabel('Upload a photo').setInputFiles(png);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toHaveText('Something went wrong. Please try again.');
    await expect(page.getByRole('img', { name: 'Your profile picture' })).toHaveAttribute(
      'src',
      /^blob:/,
    );
    await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled();
  });
});

test('profile edits of a session Firefox does not hold send Firefox nothing', async ({
  page,
  device,
  sentMessages,
}) => {
  const firefoxUser = await realUser('firefox-holds');
  const user = await realUser('local-only');
  await seedUser(page, user);
  await device({ signedInUser: sessionOf(firefoxUser) });
  await page.goto('/settings/display_name');
  await expect(page.getByLabel('Enter display name')).toBeEnabled();
  await page.getByLabel('Enter display name').fill('Local');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('display-name')).toHaveText('Local');
  expect(commands(await sentMessages())).toEqual(['fxaccounts:fxa_status', 'fxaccounts:loaded']);
});
