// Password reset by emailed code, without and with the account recovery key, against the e2e
// emulator: the data-loss warning, new or kept kB (read through GET /account/keys), old sessions
// ended, the used key replaced at once. Upstream: resetPassword/resetPassword.spec.ts,
// resetPasswordRecoveryKey.spec.ts (reference recovery-2fa-mfa.md §7). Error states beyond a
// wrong code, an expired code and a wrong key (tries, spent tokens) are in the emulator contract
// tests and app/features/signin/reset/reset-steps.test.ts.
import type { Page } from '@playwright/test';
import {
  encryptRecoveryData,
  formatRecoveryKey,
  randomRecoveryKey,
} from '../../app/lib/crypto/recovery-key';
import { TestClient } from '../../mocks/emulator/testing/fxa-client.testutil';
import { onepwV1, unbundle, xorHex } from '../../mocks/emulator/testing/node-crypto.testutil';
import { expectNoA11yViolations } from '../support/a11y';
import { agePasswordForgotOtp, waitForCode } from '../support/emulator';
import { expect, test } from '../support/fixtures';
import { RELIERS } from '../support/oauth';
import { emulatorOrigin } from '../support/ports';
import { realUser, sessionAlive, signInElsewhere } from '../support/settings';
import { submitEmail } from '../support/signin-steps';
import { currentTotpCode, enableTwoStep } from '../support/two-step';

const NEW_PASSWORD = 'a fresh passphrase for the reset';

/** kB as a client with the password reads it: login with keys, the login code, /account/keys. */
async function kBOf(email: string, password: string) {
  const c = new TestClient(emulatorOrigin);
  const { authPW, unwrapBKey } = onepwV1(email, password);
  const login = await c.post('/v1/account/login?keys=true', { email, authPW });
  const sessionToken = String(login.body.sessionToken);
  const keyFetchToken = String(login.body.keyFetchToken);
  if (login.body.verified !== true) {
    const code = await c.lastCode(email);
    await c.post('/v1/session/verify_code', { code }, c.bearer(sessionToken));
  }
  const keys = await c.hawkGet('/v1/account/keys', keyFetchToken, 'keyFetchToken');
  return {
    kB: xorHex(unbundle(String(keys.body.bundle), keyFetchToken).wrapKB, unwrapBKey),
    sessionToken,
  };
}

async function typeResetCode(page: Page, email: string, after?: string) {
  await expect(page.getByRole('heading', { name: 'Enter confirmation code' })).toBeVisible();
  const code = await waitForCode(email, after);
  await page.getByRole('textbox', { name: 'Enter 8-digit code' }).fill(code);
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function typeNewPassword(page: Page) {
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Reset password' }).click();
}

test.describe('password reset', () => {
  test('without a recovery key: Forgot password?, a wrong code, the warning, a new kB, old sessions ended', async ({
    page,
  }) => {
    const user = await realUser('reset');
    const elsewhere = await signInElsewhere(user);
    const before = await kBOf(user.email, user.password);

    await page.goto('/');
    await submitEmail(page, user.email);
    await expect(page.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
    // By keyboard: from the password field, past "Sign in", to "Forgot password?".
    await page.getByLabel('Password', { exact: true }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Forgot password?' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/reset_password$/);
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue(user.email);
    await expectNoA11yViolations(page);
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/confirm_reset_password$/);
    const code = await waitForCode(user.email);
    const wrong = code === '00000000' ? '11111111' : '00000000';
    await page.getByRole('textbox', { name: 'Enter 8-digit code' }).fill(wrong);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toHaveText('Invalid or expired confirmation code');
    await expectNoA11yViolations(page);
    // The right code after its 10 minutes (only this account's code ages; the clock is shared).
    await agePasswordForgotOtp(user.email, 601_000);
    await page.getByRole('textbox', { name: 'Enter 8-digit code' }).fill(code);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert')).toHaveText('Invalid or expired confirmation code');
    await page.getByRole('button', { name: 'Resend code' }).click();
    const fresh = await waitForCode(user.email, code);
    await page.getByRole('textbox', { name: 'Enter 8-digit code' }).fill(fresh);
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect(page).toHaveURL(/\/complete_reset_password$/);
    await expect(
      page.getByRole('heading', { name: 'Your synced data will be lost' }),
    ).toBeVisible();
    await expectNoA11yViolations(page);
    await typeNewPassword(page);

    await expect(page).toHaveURL(/\/settings$/);
    await expect(
      page.getByRole('status').filter({ hasText: 'Your password has been reset' }),
    ).toBeVisible();
    for (const token of [user.sessionToken, elsewhere.sessionToken, before.sessionToken]) {
      expect(await sessionAlive(token)).toBe(false);
    }
    const after = await kBOf(user.email, NEW_PASSWORD);
    expect(after.kB).toMatch(/^[0-9a-f]{64}$/);
    expect(after.kB).not.toBe(before.kB);
  });

  test('with the recovery key: a wrong key, then kB kept, the key used up and a new one made', async ({
    page,
  }) => {
    const user = await realUser('reset-key');
    const before = await kBOf(user.email, user.password);
    const key = randomRecoveryKey();
    const bundle = await encryptRecoveryData(key, user.uid, { kB: before.kB });
    const client = new TestClient(emulatorOrigin);
    const stored = await client.hawkPost('/v1/recoveryKey', before.sessionToken, {
      ...bundle,
      hint: 'in the desk drawer',
    });
    expect(stored.status).toBe(200);

    await page.goto('/reset_password');
    await page.getByRole('textbox', { name: 'Email' }).fill(user.email);
    await page.getByRole('button', { name: 'Send code' }).click();
    await typeResetCode(page, user.email);

    await expect(page).toHaveURL(/\/account_recovery_confirm_key$/);
    await expect(page.getByText('in the desk drawer')).toBeVisible();
    await expectNoA11yViolations(page);
    const keyBox = page.getByRole('textbox', { name: 'Account recovery key' });
    await keyBox.fill(formatRecoveryKey(randomRecoveryKey()));
    await page.getByRole('button', { name: 'Confirm account recovery key' }).click();
    await expect(page.getByRole('alert')).toHaveText('Invalid account recovery key');
    await keyBox.fill(formatRecoveryKey(key).toLowerCase());
    await page.getByRole('button', { name: 'Confirm account recovery key' }).click();

    await expect(page).toHaveURL(/\/account_recovery_reset_password$/);
    await expect(page.getByText('Your account recovery key was accepted')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your synced data will be lost' })).toHaveCount(
      0,
    );
    await typeNewPassword(page);

    await expect(page).toHaveURL(/\/reset_password_with_recovery_key_verified$/);
    await expect(page.getByRole('heading', { name: 'Your password has been reset' })).toBeVisible();
    await page.getByRole('button', { name: 'Create new account recovery key' }).click();
    const shown = page.getByRole('status', { name: 'Your account recovery key' });
    await expect(shown).toHaveText(/^A[0-9A-Z]{3}( [0-9A-Z]{4}){7}$/);
    const newKey = (await shown.textContent()) ?? '';
    expect(newKey.replace(/ /g, '')).not.toBe(formatRecoveryKey(key).replace(/ /g, ''));
    await expectNoA11yViolations(page);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect(page).toHaveURL(/\/settings$/);
    await expect(
      page.getByRole('status').filter({ hasText: 'Your password has been reset' }),
    ).toBeVisible();
    const after = await kBOf(user.email, NEW_PASSWORD);
    expect(after.kB).toBe(before.kB);
    // The old key is gone and a new one stands in its place.
    const exists = await client.hawkPost('/v1/recoveryKey/exists', after.sessionToken, {});
    expect(exists.body).toEqual({ exists: true });
  });
});

test.describe('with two-step authentication', () => {
  test('the authenticator code: a wrong one, then the right one, and Settings at AAL2', async ({
    page,
  }) => {
    const user = await realUser('reset-totp');
    await enableTwoStep(user.email);
    await page.goto('/reset_password');
    await page.getByRole('textbox', { name: 'Email' }).fill(user.email);
    await page.getByRole('button', { name: 'Send code' }).click();
    await typeResetCode(page, user.email);

    await expect(page).toHaveURL(/\/confirm_totp_reset_password$/);
    await expect(
      page.getByRole('heading', { name: 'Enter two-step authentication code' }),
    ).toBeVisible();
    await expectNoA11yViolations(page);
    const box = page.getByRole('textbox', { name: 'Enter 6-digit code' });
    const now = await currentTotpCode(user.email);
    await box.fill(now === '000000' ? '111111' : '000000');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toHaveText('Invalid two-step authentication code');
    await box.fill(await currentTotpCode(user.email));
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/complete_reset_password$/);
    await typeNewPassword(page);
    // A session below the account's AAL would be sent to /signin_totp_code instead.
    await expect(page).toHaveURL(/\/settings$/);
    await expect(
      page.getByRole('status').filter({ hasText: 'Your password has been reset' }),
    ).toBeVisible();
  });

  test('a backup code, by keyboard from "Trouble entering code?"; a made-up one is refused', async ({
    page,
  }) => {
    const user = await realUser('reset-backup');
    const { recoveryCodes } = await enableTwoStep(user.email);
    await page.goto('/reset_password');
    await page.getByRole('textbox', { name: 'Email' }).fill(user.email);
    await page.getByRole('button', { name: 'Send code' }).click();
    await typeResetCode(page, user.email);

    await expect(page).toHaveURL(/\/confirm_totp_reset_password$/);
    await page.getByRole('textbox', { name: 'Enter 6-digit code' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Trouble entering code?' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/confirm_backup_code_reset_password$/);
    await expect(
      page.getByRole('heading', { name: 'Enter backup authentication code' }),
    ).toBeVisible();
    const box = page.getByRole('textbox', { name: 'Enter 10-character code' });
    await box.fill('abcdef1234');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toHaveText('Backup authentication code not found');
    await expectNoA11yViolations(page);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await box.fill(String(recoveryCodes[0]));
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/complete_reset_password$/);
    await typeNewPassword(page);
    await expect(page).toHaveURL(/\/settings$/);
    await expect(
      page.getByRole('status').filter({ hasText: 'Your password has been reset' }),
    ).toBeVisible();
  });
});

test('from an OAuth relier: the reset goes on to the relier, signed in', async ({ page }) => {
  const user = await realUser('reset-oauth');
  await page.goto(RELIERS.pocket.home);
  await page.getByRole('link', { name: 'Sign in with Firefox' }).click();
  await submitEmail(page, user.email);
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page).toHaveURL(/\/reset_password\?.*client_id=7c0a2f3e4d5b6a19/);
  await page.getByRole('button', { name: 'Send code' }).click();
  await typeResetCode(page, user.email);
  await typeNewPassword(page);
  await expect(page.getByText(`Signed in as ${user.email}`)).toBeVisible();
  expect(page.url()).toBe(RELIERS.pocket.home);
});

test.describe('in Arabic, on a phone', () => {
  test.use({ locale: 'ar', viewport: { width: 360, height: 740 } });

  test('the reset pages are translated, right to left, fit 360 px and pass axe', async ({
    page,
  }) => {
    const user = await realUser('reset-ar');
    await page.goto('/reset_password');
    await expect(page.getByRole('heading', { name: 'أعِد ضبط كلمة السر' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.getByRole('textbox', { name: 'البريد الإلكتروني' }).fill(user.email);
    await page.getByRole('button', { name: 'أرسِل الرمز' }).click();
    await expect(page.getByRole('heading', { name: 'أدخِل رمز التأكيد' })).toBeVisible();
    await page
      .getByRole('textbox', { name: 'أدخِل الرمز ذا الأرقام الثمانية' })
      .fill(await waitForCode(user.email));
    await page.getByRole('button', { name: 'واصِل' }).click();
    await expect(page.getByRole('heading', { name: 'ستفقد بياناتك المُزامنة' })).toBeVisible();
    await expectNoA11yViolations(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });
});
