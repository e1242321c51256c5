// localStorage unavailable (security reference D11: cookies and site data blocked, Safari's
// private mode with no quota): the app still works for this tab, keeping the session in memory,
// and says so where the user signs in, instead of a white screen or a silent sign-out later.
import { createAccount, uniqueEmail } from '../support/emulator';
import { expect, test } from '../support/fixtures';
import { PASSWORD, submitCode, submitEmail, submitPassword } from '../support/signin-steps';

const NOTICE =
  'Your browser is blocking site storage, so you will stay signed in only in this tab.';

for (const [name, block] of [
  ['blocked (SecurityError)', 'blocked'],
  ['full (QuotaExceededError)', 'full'],
] as const) {
  test(`localStorage ${name}: a notice says so, and sign-in still reaches settings`, async ({
    page,
  }) => {
    await page.addInitScript((how) => {
      if (how === 'blocked') {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      } else {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      }
    }, block);
    const { email } = await createAccount({ email: uniqueEmail('nostorage'), password: PASSWORD });

    await page.goto('/');
    await expect(page.getByRole('status').filter({ hasText: NOTICE })).toBeVisible();
    await submitEmail(page, email);
    await expect(page.getByRole('status').filter({ hasText: NOTICE })).toBeVisible();
    await submitPassword(page);
    await submitCode(page, email);
    await expect(page.getByTestId('primary-email')).toHaveText(email);

    // Signed in for this tab: the settings pages work.
    await page.getByRole('link', { name: 'Add display name' }).click();
    await page.getByLabel('Enter display name').fill('No Storage');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('display-name')).toHaveText('No Storage');
  });
}

test('with storage working, no notice', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Enter your email' })).toBeVisible();
  await expect(page.getByText(NOTICE)).toHaveCount(0);
});
