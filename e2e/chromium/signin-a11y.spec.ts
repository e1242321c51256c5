// axe-core on each sign-in step in its main states (errors shown included), with desktop and
// phone screenshots in the report; and the password step driven by keyboard alone.
import { attachScreenshots, expectNoA11yViolations } from '../support/a11y';
import { createAccount, uniqueEmail } from '../support/emulator';
import { expect, test } from '../support/fixtures';
import { continueAs, submitCode, submitEmail, submitPassword } from '../support/signin-steps';

test.describe('sign-in steps: accessibility and look', () => {
  test('password step with an error, then the code step', async ({ page }, testInfo) => {
    const { email } = await createAccount({ email: uniqueEmail('a11y') });
    await page.goto('/');
    await submitEmail(page, email);
    await submitPassword(page, 'wrong password');
    await expect(page.getByRole('alert')).toHaveText('Incorrect password');
    await expectNoA11yViolations(page);
    await attachScreenshots(page, testInfo, 'signin-password-error');

    await submitPassword(page);
    await expect(page.getByRole('heading', { name: 'Enter confirmation code' })).toBeVisible();
    await expectNoA11yViolations(page);
    await attachScreenshots(page, testInfo, 'signin-code');
  });

  test('sign-up with the rules and an error', async ({ page }, testInfo) => {
    await page.goto('/');
    await submitEmail(page, uniqueEmail('a11y-signup'));
    await page.getByLabel('Password', { exact: true }).fill('password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoA11yViolations(page);
    await attachScreenshots(page, testInfo, 'signup');
  });

  test('cached sign-in', async ({ page, device }, testInfo) => {
    const account = await createAccount({
      email: uniqueEmail('a11y-cached'),
      session: { verified: true },
    });
    await device({
      signedInUser: { ...account, sessionToken: account.sessionToken ?? '', verified: true },
    });
    await page.goto('/');
    await expect(continueAs(page, account.email)).toBeVisible();
    await expectNoA11yViolations(page);
    await attachScreenshots(page, testInfo, 'signin-cached');
  });

  test('choose what to sync', async ({ page, device }, testInfo) => {
    const { email } = await createAccount({ email: uniqueEmail('a11y-cwts') });
    await device({ signedInUser: null });
    await page.goto('/?context=fx_desktop_v3&service=sync');
    await submitEmail(page, email);
    await submitPassword(page);
    await submitCode(page, email);
    await expect(page.getByRole('heading', { name: 'Choose what to sync' })).toBeVisible();
    await expectNoA11yViolations(page);
    await attachScreenshots(page, testInfo, 'choose-what-to-sync');
  });

  test('the password step works from the keyboard alone', async ({ page }) => {
    const { email } = await createAccount({ email: uniqueEmail('keyboard') });
    await page.goto('/');
    const box = page.getByRole('textbox', { name: 'Email' });
    await expect(box).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(box).toBeFocused();
    await page.keyboard.type(email);
    await page.keyboard.press('Enter');
    // The password field takes the focus on arrival.
    await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
    await page.keyboard.type('correct horse battery');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Enter 6-digit code' })).toBeFocused();
  });
});
