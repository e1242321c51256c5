// Password change: step-up verification (a code to the primary address), then /session/reauth,
// the key rewrap and /mfa/password/change against the emulator; the new session replaces the old
// one everywhere. Upstream: settings/changePassword.spec.ts, password.spec.ts,
// syncV3/settings.spec.ts (fxa-upstream.md §7, 24).
import type { Page } from '@playwright/test';
import { TestClient } from '../../mocks/emulator/testing/fxa-client.testutil';
import { waitForCode } from '../support/emulator';
import { expect, test } from '../support/fixtures';
import { emulatorOrigin } from '../support/ports';
import {
  failedLoad,
  type RealUser,
  realUser,
  seedUser,
  sessionAlive,
  sessionOf,
  storedSession,
} from '../support/settings';
import { isolated } from '../support/signin-steps';
import { confirmStepUp } from '../support/step-up';

const NEW_PASSWORD = 'a brand new passphrase';

async function fillPasswords(page: Page, current: string, next: string, confirm = next) {
  await page.getByLabel('Enter current password').fill(current);
  await page.getByLabel('Enter new password', { exact: true }).fill(next);
  await page.getByLabel('Re-enter new password').fill(confirm);
}

const signsIn = async (user: RealUser, password: string) =>
  new TestClient(emulatorOrigin).signIn(user.email, password).then(
    () => true,
    () => false,
  );

test.describe('change password', () => {
  test('the browser’s session: new token everywhere, Firefox told with the key material', async ({
    page,
    device,
    sentMessages,
  }) => {
    const user = await realUser('password');
    await device({ signedInUser: sessionOf(user) });
    await page.goto('/settings');
    await page.getByRole('link', { name: 'Change password' }).click();
    await expect(page).toHaveURL(/\/settings\/change_password$/);
    await fillPasswords(page, user.password, NEW_PASSWORD);
    await page.getByRole('button', { name: 'Save' }).click();
    await confirmStepUp(page, user.email);

    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByRole('status')).toContainText('Password updated');
    const stored = await storedSession(page, user.uid);
    const newToken = stored?.sessionToken ?? '';
    expect(newToken).toMatch(/^[0-9a-f]{64}$/);
    expect(newToken).not.toBe(user.sessionToken);
    expect(await sessionAlive(user.sessionToken)).toBe(false);
    expect(await sessionAlive(newToken)).toBe(true);

    const change = (await sentMessages()).filter((m) => m.command === 'fxaccounts:change_password');
    expect(change).toHaveLength(1);
    expect(change[0]?.data).toEqual({
      email: user.email,
      uid: user.uid,
      sessionToken: newToken,
      verified: true,
      keyFetchToken: expect.stringMatching(/^[0-9a-f]{64}$/),
      unwrapBKey: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // The simulated Firefox now holds the new token, as the real one does (e2e/firefox).
    expect(
      await page.evaluate(
        () =>
          (
            window as unknown as { __fxaDevice: { user: () => { sessionToken?: string } } }
          ).__fxaDevice.user()?.sessionToken,
      ),
    ).toBe(newToken);

    // The page keeps working on the new session, and the password really changed.
    await page.getByRole('link', { name: 'Add display name' }).click();
    await page.getByLabel('Enter display name').fill('After');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('display-name')).toHaveText('After');
    expect(await signsIn(user, NEW_PASSWORD)).toBe(true);
    expect(await signsIn(user, user.password)).toBe(false);
  });

  test('a session of the page’s own: no message to Firefox', async ({
    page,
    device,
    sentMessages,
  }) => {
    const firefoxUser = await realUser('firefox-user');
    const user = await realUser('password-local');
    await device({ signedInUser: sessionOf(firefoxUser) });
    await seedUser(page, user);
    await page.goto('/settings/change_password');
    await fillPasswords(page, user.password, NEW_PASSWORD);
    await page.getByRole('button', { name: 'Save' }).click();
    // The confirmation dialog with the keyboard alone: the code field has focus, Enter confirms.
    await expect(page.getByRole('dialog', { name: 'Enter confirmation code' })).toBeVisible();
    await expect(page.getByLabel('Enter 6-digit code')).toBeFocused();
    await page.keyboard.type(await waitForCode(user.email));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText('Password updated');
    expect((await storedSession(page, user.uid))?.sessionToken).not.toBe(user.sessionToken);
    const commands = (await sentMessages()).map((m) => m.command);
    expect(commands).not.toContain('fxaccounts:change_password');
  });

  test('a wrong current password: "Incorrect password", nothing changed', async ({
    page,
    allowConsoleError,
  }) => {
    allowConsoleError(failedLoad(400));
    const user = await realUser('password-wrong');
    await seedUser(page, user);
    await page.goto('/settings/change_password');
    await fillPasswords(page, 'not the password at all', NEW_PASSWORD);
    await page.getByRole('button', { name: 'Save' }).click();
    await confirmStepUp(page, user.email);
    await expect(page.getByRole('alert')).toHaveText('Incorrect password');
    await expect(page.getByLabel('Enter current password')).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/settings\/change_password$/);
    expect((await storedSession(page, user.uid))?.sessionToken).toBe(user.sessionToken);
    expect(await sessionAlive(user.sessionToken)).toBe(true);
    expect(await signsIn(user, user.password)).toBe(true);
  });

  test('new password rules: length, not the email, not common, confirmation', async ({ page }) => {
    const user = await realUser('password-rules');
    await seedUser(page, user);
    await page.goto('/settings/change_password');
    const save = page.getByRole('button', { name: 'Save' });
    const rule = (name: string) => page.getByRole('listitem').filter({ hasText: name });

    // Without the current password nothing can be saved: a session alone never changes it.
    await fillPasswords(page, '', NEW_PASSWORD);
    await expect(save).toBeDisabled();

    await fillPasswords(page, user.password, 'short');
    await expect(rule(`At least ${isolated('8')} characters`)).not.toContainText('done');
    await expect(save).toBeDisabled();

    await fillPasswords(page, user.password, user.email);
    await expect(rule(`At least ${isolated('8')} characters`)).toContainText('done');
    await expect(rule('Not your email address')).not.toContainText('done');
    await expect(save).toBeDisabled();

    await fillPasswords(page, user.password, 'password123');
    await expect(rule('Not a commonly used password')).not.toContainText('done');
    await expect(save).toBeDisabled();

    await fillPasswords(page, user.password, NEW_PASSWORD, `${NEW_PASSWORD}!`);
    await expect(page.getByRole('alert')).toHaveText('Passwords do not match');
    await expect(save).toBeDisabled();

    await page.getByLabel('Re-enter new password').fill(NEW_PASSWORD);
    await expect(page.getByRole('alert')).toHaveCount(0);
    for (const name of [`At least ${isolated('8')}`, 'Not your email', 'Not a commonly used']) {
      await expect(rule(name)).toContainText('done');
    }
    await expect(save).toBeEnabled();
  });

  test('a server error keeps the form and the session', async ({ page, allowConsoleError }) => {
    allowConsoleError(failedLoad(500));
    const user = await realUser('password-5xx');
    await seedUser(page, user);
    await page.route('**/v1/mfa/password/change', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ code: 500, errno: 999, error: 'Internal Server Error' }),
      }),
    );
    await page.goto('/settings/change_password');
    await fillPasswords(page, user.password, NEW_PASSWORD);
    await page.getByRole('button', { name: 'Save' }).click();
    await confirmStepUp(page, user.email);
    await expect(page.getByRole('alert')).toHaveText('Something went wrong. Please try again.');
    await expect(page.getByLabel('Enter new password', { exact: true })).toHaveValue(NEW_PASSWORD);
    expect((await storedSession(page, user.uid))?.sessionToken).toBe(user.sessionToken);
  });
});
