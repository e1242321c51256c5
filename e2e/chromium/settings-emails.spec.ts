// Secondary emails: add, confirm with the emailed code, make primary, delete — each edit through
// step-up verification (a code to the primary address, then /mfa/recovery_email*; one code covers
// the whole visit while its JWT lives). Upstream: settings/misc.spec.ts ("successfully deleted",
// "UNCONFIRMED"), settings/changeEmail.spec.ts, misc/mfa.spec.ts; fxa-upstream.md §7 (29).
import { expectNoA11yViolations } from '../support/a11y';
import { accountSummary, createAccount, uniqueEmail, waitForCode } from '../support/emulator';
import { expect, test } from '../support/fixtures';
import {
  failedLoad,
  placeable,
  realUser,
  seedUser,
  sessionOf,
  storedSession,
} from '../support/settings';
import { confirmStepUp } from '../support/step-up';

test.describe('secondary emails', () => {
  test('add, confirm with the code, make primary, then delete the old address', async ({
    page,
    device,
    sentMessages,
  }) => {
    const user = await realUser('emails');
    const second = uniqueEmail('second');
    await device({ signedInUser: sessionOf(user) });
    await page.goto('/settings');
    await expect(page.getByTestId('secondary-email')).toContainText('None');

    await page.getByRole('link', { name: 'Add secondary email' }).click();
    await page.getByLabel('Enter email address').fill(second);
    await page.getByRole('button', { name: 'Save' }).click();
    // The code goes to the primary address first (step-up verification), then to the new one.
    await expect(
      page.getByText(
        placeable('Enter the code that was sent to ', user.email, ' within 5 minutes.'),
      ),
    ).toBeVisible();
    // The dialog at phone width: all of it reachable, nothing axe objects to.
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(page.getByRole('button', { name: 'Confirm' })).toBeInViewport();
    await expectNoA11yViolations(page);
    await confirmStepUp(page, user.email);
    await expect(page).toHaveURL(/\/settings\/emails\/verify$/);
    await expect(page.getByText('Enter the verification code that was sent to')).toContainText(
      second,
    );
    await page.getByLabel('Enter 6-digit code').fill(await waitForCode(second));
    await page.getByRole('button', { name: 'Confirm' }).click();

    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByRole('status')).toContainText('successfully added');
    const secondary = page.getByTestId('secondary-email');
    await expect(secondary).toContainText(second);
    await expect(secondary.getByText('Unconfirmed')).toHaveCount(0);
    expect((await accountSummary(user.email)).emails).toContainEqual({
      email: second,
      isPrimary: false,
      verified: true,
    });

    await secondary
      .getByRole('button', { name: placeable('Make ', second, ' your primary email') })
      .click();
    await expect(page.getByTestId('primary-email')).toHaveText(second);
    await expect(page.getByRole('status')).toContainText('is now your primary email');
    await expect(secondary).toContainText(user.email);
    // The stored account follows (the next sign-in suggests it), and Firefox is told.
    expect((await storedSession(page, user.uid))?.email).toBe(second);
    const changes = (await sentMessages()).filter((m) => m.command === 'profile:change');
    expect(changes.map((m) => m.data)).toEqual([{ uid: user.uid }]);

    await secondary.getByRole('button', { name: placeable('Delete ', user.email, '') }).click();
    await expect(page.getByRole('status')).toContainText('successfully deleted');
    await expect(secondary).toContainText('None');
    await page.reload();
    await expect(page.getByTestId('primary-email')).toHaveText(second);
    await expect(page.getByTestId('secondary-email')).toContainText('None');
  });

  test('a wrong code is refused; the right one, later, still works', async ({
    page,
    allowConsoleError,
  }) => {
    allowConsoleError(failedLoad(400));
    const user = await realUser('emails-code');
    const second = uniqueEmail('second');
    await seedUser(page, user);
    await page.goto('/settings/emails');
    await page.getByLabel('Enter email address').fill(second);
    await page.getByRole('button', { name: 'Save' }).click();
    await confirmStepUp(page, user.email);
    const code = await waitForCode(second);
    const wrong = code === '000000' ? '111111' : '000000';
    await page.getByLabel('Enter 6-digit code').fill(wrong);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect(page.getByRole('alert')).toHaveText('Invalid or expired confirmation code');
    await expect(page).toHaveURL(/\/settings\/emails\/verify$/);

    // Leaving and coming back: the address waits, unconfirmed, with a way to confirm it.
    await page.getByRole('link', { name: 'Cancel' }).click();
    const secondary = page.getByTestId('secondary-email');
    await expect(secondary.getByText('Unconfirmed')).toBeVisible();
    await secondary.getByRole('link', { name: placeable('Confirm ', second, '') }).click();
    await page.getByLabel('Enter 6-digit code').fill(code);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect(page.getByRole('status')).toContainText('successfully added');
    await expect(secondary.getByText('Unconfirmed')).toHaveCount(0);
  });

  test('an address that belongs to another account is refused', async ({
    page,
    allowConsoleError,
  }) => {
    allowConsoleError(failedLoad(400));
    const user = await realUser('emails-taken');
    const other = await createAccount({});
    await seedUser(page, user);
    await page.goto('/settings/emails');
    await page.getByLabel('Enter email address').fill(other.email);
    await page.getByRole('button', { name: 'Save' }).click();
    await confirmStepUp(page, user.email);
    await expect(page.getByRole('alert')).toHaveText(
      'This email is already in use by another account',
    );
    await expect(page.getByLabel('Enter email address')).toHaveValue(other.email);
  });

  test('cancelling the confirmation or a server error keeps the address typed', async ({
    page,
    allowConsoleError,
  }) => {
    allowConsoleError(failedLoad(503));
    const user = await realUser('emails-5xx');
    await seedUser(page, user);
    await page.route('**/v1/mfa/recovery_email', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ code: 503, errno: 201, error: 'Service Unavailable' }),
      }),
    );
    await page.goto('/settings/emails');
    const field = page.getByLabel('Enter email address');
    await field.fill('later@example.com');
    await page.getByRole('button', { name: 'Save' }).click();
    const dialog = page.getByRole('dialog', { name: 'Enter confirmation code' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(field).toHaveValue('later@example.com');
    await page.getByRole('button', { name: 'Save' }).click();
    await confirmStepUp(page, user.email);
    await expect(page.getByRole('alert')).toHaveText(
      'The service is temporarily unavailable. Please try again later.',
    );
    await expect(field).toHaveValue('later@example.com');
  });

  test('signed out, the page is kept for after sign-in', async ({ page }) => {
    await page.goto('/settings/emails');
    await expect(page).toHaveURL(/\/\?redirect_to=%2Fsettings%2Femails$/);
  });
});
