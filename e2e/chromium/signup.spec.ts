// Sign-up: email-first finds no account, the new password is checked as it is typed (length, not
// the email, not a common password, repeated), then the emailed code confirms the address
// (fxa-upstream.md §3.1, §5; upstream FormPasswordWithInlineCriteria, ConfirmSignupCode).
import { accountSummary, createAccount, uniqueEmail } from '../support/emulator';
import { expect, test } from '../support/fixtures';
import { emulatorOrigin } from '../support/ports';
import {
  isolated,
  readStorage,
  submitCode,
  submitEmail,
  submitPassword,
} from '../support/signin-steps';

const NEW_PASSWORD = 'purple monkey dishwasher';

test.describe('sign-up', () => {
  test('new email → password rules → code → settings, email confirmed', async ({ page }) => {
    const email = uniqueEmail('signup');
    await page.goto('/');
    await submitEmail(page, email);
    await expect(page).toHaveURL(/\/signup$/);
    await expect(page.getByRole('heading', { name: 'Set your password' })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();

    const password = page.getByLabel('Password', { exact: true });
    const repeat = page.getByLabel('Repeat password');
    const rule = (name: string) => page.getByRole('listitem').filter({ hasText: name });
    const create = page.getByRole('button', { name: 'Create account' });

    await password.fill('short');
    await expect(rule(`At least ${isolated('8')} characters`)).toContainText('(not yet)');
    await password.fill('password');
    await expect(rule(`At least ${isolated('8')} characters`)).toContainText('(done)');
    await expect(rule('Not a commonly used password')).toContainText('(not yet)');
    await repeat.fill('password');
    await create.click();
    await expect(page.getByRole('alert')).toHaveText(
      'Choose a password that meets the requirements.',
    );

    await password.fill(email);
    await expect(rule('Not your email address')).toContainText('(not yet)');

    await password.fill(NEW_PASSWORD);
    for (const name of [
      `At least ${isolated('8')} characters`,
      'Not your email address',
      'Not a commonly used',
    ]) {
      await expect(rule(name)).toContainText('(done)');
    }
    await repeat.fill(`${NEW_PASSWORD}!`);
    await create.click();
    await expect(page.getByRole('alert')).toHaveText('Passwords do not match');
    // Nothing was created while the form refused.
    await expect(accountSummary(email)).rejects.toThrow();

    await repeat.fill(NEW_PASSWORD);
    await create.click();
    await expect(page).toHaveURL(/\/confirm_signup_code$/);
    await page.getByRole('textbox', { name: 'Enter 6-digit code' }).fill('000000');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect(page.getByRole('alert')).toHaveText('Invalid or expired confirmation code');
    await submitCode(page, email);

    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByTestId('primary-email')).toHaveText(email);
    const summary = await accountSummary(email);
    expect(summary.emails).toEqual([{ email, isPrimary: true, verified: true }]);
    expect(summary.sessions).toEqual([expect.objectContaining({ verified: true })]);
    const storage = await readStorage(page);
    expect(storage.accounts[summary.uid]).toMatchObject({ email, verified: true });
    expect(JSON.stringify(storage)).not.toContain(NEW_PASSWORD);
  });

  test('the new account signs in with its password afterwards', async ({ page }) => {
    const email = uniqueEmail('roundtrip');
    await page.goto('/');
    await submitEmail(page, email);
    await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Repeat password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await submitCode(page, email);
    await expect(page).toHaveURL(/\/settings$/);

    // A fresh start, as on another computer: the password is all there is.
    await page.evaluate(() => localStorage.clear());
    await page.goto('/');
    await submitEmail(page, email);
    await submitPassword(page, NEW_PASSWORD);
    await expect(page).toHaveURL(/\/signin_token_code$/);
  });

  test('an address taken meanwhile: “Account already exists”', async ({ page }) => {
    const { email } = await createAccount({ email: uniqueEmail('taken') });
    await page.goto(`/signup?email=${encodeURIComponent(email)}`);
    await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Repeat password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('alert')).toHaveText('Account already exists');
  });

  test('network down: a clear error, the form kept, and a retry works', async ({ page }) => {
    const email = uniqueEmail('offline-signup');
    await page.goto('/');
    await submitEmail(page, email);
    await expect(page.getByRole('heading', { name: 'Set your password' })).toBeVisible();
    await page.route(`${emulatorOrigin}/v1/account/create*`, (route) => route.abort());
    await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Repeat password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Could not reach the server. Check your connection and try again.',
    );
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue(NEW_PASSWORD);
    await page.unrouteAll();
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page).toHaveURL(/\/confirm_signup_code$/);
  });

  test('“Change email” goes back with the address in the box', async ({ page }) => {
    const email = uniqueEmail('change');
    await page.goto('/');
    await submitEmail(page, email);
    await page.getByRole('button', { name: 'Change email' }).click();
    await expect(page.getByRole('heading', { name: 'Enter your email' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue(email);
  });
});
