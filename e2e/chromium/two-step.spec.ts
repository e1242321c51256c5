// Two-step authentication (issue 23; upstream functional tests settings/totp.spec.ts,
// totpRecoveryCode.spec.ts, oauth/totp.spec.ts, oauth/stepUpAuth.spec.ts): set up in settings
// behind step-up (QR code and secret shown, a code, backup codes kept and one typed back), sign
// out, sign in with the authenticator's code, sign in with a backup code (then it is used up),
// get new codes, disable; and a relier asking for acr_values=AAL2 gets no code from a one-step
// session until its second step. Wrong codes and the errnos are vitest contract tests
// (mocks/emulator/contract-totp.test.ts).
import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { createAccount, uniqueEmail } from '../support/emulator';
import { expect, test } from '../support/fixtures';
import { authorizationPath, nextRelierNavigation, RELIERS } from '../support/oauth';
import { appOrigin } from '../support/ports';
import { realUser, seedUser } from '../support/settings';
import {
  continueAs,
  isolated,
  PASSWORD,
  submitEmail,
  submitPassword,
} from '../support/signin-steps';
import { confirmStepUp } from '../support/step-up';
import { currentTotpCode, enableTwoStep, enterAuthenticatorCode } from '../support/two-step';

const twoStepRow = (page: Page) => page.getByTestId('two-step');

/** Right at 360 px wide: nothing scrolls sideways (as look.spec.ts checks the main pages). */
async function expectNoSidewaysScroll(page: Page) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  if (size) await page.setViewportSize(size);
}

/** Signs out from the avatar menu, then in again with the password (email-first, password). */
async function signOutAndInAgain(page: Page, email: string, password: string) {
  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Enter your email' })).toBeVisible();
  await submitEmail(page, email);
  await submitPassword(page, password);
}

test('two-step authentication: set up, sign in with a code, then with a backup code, new codes, disable', async ({
  page,
}) => {
  test.slow();
  const user = await realUser('twostep');
  const { email, password } = user;
  await seedUser(page, user);

  // Settings: off, then the setup page behind step-up.
  await page.goto('/settings');
  await expect(twoStepRow(page)).toContainText('Not set');
  await twoStepRow(page).getByRole('link', { name: 'Add' }).click();
  await confirmStepUp(page, email);
  await expect(page.getByRole('heading', { name: 'Two-step authentication' })).toBeVisible();
  const qr = page.getByRole('img', { name: /Use the code .* to set up two-step authentication/ });
  await expect(qr).toBeVisible();
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  await expect(page.getByTestId('totp-secret')).toHaveText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
  await expectNoA11yViolations(page);
  await expectNoSidewaysScroll(page);

  // A wrong code is refused, the right one goes on to the backup codes.
  const code = page.getByRole('textbox', { name: 'Enter 6-digit code' });
  const right = await currentTotpCode(email);
  await code.fill(right === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toHaveText('Invalid authentication code');
  await code.fill(await currentTotpCode(email));
  await page.getByRole('button', { name: 'Continue' }).click();
  const list = page.getByRole('list', { name: 'Backup authentication codes' });
  await expect(list.getByRole('listitem')).toHaveCount(8);
  const codes = (await list.getByRole('listitem').allTextContents()).map((c) => c.trim());
  for (const c of codes) expect(c).toMatch(/^[0-9a-z]{10}$/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download' }).click();
  expect((await download).suggestedFilename()).toBe('mozilla-backup-codes.txt');
  await expect(page.getByRole('button', { name: 'Copy' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expectNoA11yViolations(page);
  await expectNoSidewaysScroll(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  const backup = page.getByRole('textbox', { name: 'Backup authentication code' });
  await backup.fill('notacode00');
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('alert')).toHaveText('Incorrect backup authentication code');
  await backup.fill(codes[3] as string);
  await page.getByRole('button', { name: 'Finish' }).click();

  await expect(page).toHaveURL(`${appOrigin}/settings`);
  await expect(page.getByText('Two-step authentication has been enabled')).toBeVisible();
  await expect(twoStepRow(page)).toContainText('Enabled');
  await expect(page.getByTestId('backup-codes')).toContainText(`${isolated('8')} codes remaining`);

  // Signed out, the password alone is not enough: the authenticator's code, no email.
  await signOutAndInAgain(page, email, password);
  await expect(page).toHaveURL(/\/signin_totp_code/);
  await expect(
    page.getByRole('heading', { name: 'Enter two-step authentication code' }),
  ).toBeVisible();
  await expectNoA11yViolations(page);
  const totp = page.getByRole('textbox', { name: 'Enter 6-digit code' });
  const now = await currentTotpCode(email);
  await totp.fill(now === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('alert')).toHaveText('Invalid two-step authentication code');
  await enterAuthenticatorCode(page, email);
  await expect(page).toHaveURL(`${appOrigin}/settings`);
  await expect(twoStepRow(page)).toContainText('Enabled');

  // A backup code instead, with the keyboard alone from the code page; then it is used up.
  await signOutAndInAgain(page, email, password);
  await expect(page).toHaveURL(/\/signin_totp_code/);
  await page.getByRole('link', { name: 'Trouble entering code?' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Enter backup authentication code' }),
  ).toBeVisible();
  await expectNoA11yViolations(page);
  await page.keyboard.type(codes[0] as string);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${appOrigin}/settings`);
  await expect(page.getByTestId('backup-codes')).toContainText(`${isolated('7')} codes remaining`);

  await signOutAndInAgain(page, email, password);
  await page.getByRole('link', { name: 'Trouble entering code?' }).click();
  await page.getByRole('textbox', { name: 'Enter 10-character code' }).fill(codes[0] as string);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('alert')).toHaveText('Backup authentication code not found');
  await page.getByRole('textbox', { name: 'Enter 10-character code' }).fill(codes[1] as string);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(`${appOrigin}/settings`);

  // New codes: all different from the old ones, one typed back, then 8 again. This session did
  // its second step with a backup code, so it is AAL2 and may ask for the step-up code.
  await page.getByRole('link', { name: 'Get new codes' }).click();
  await confirmStepUp(page, email);
  const fresh = (
    await page
      .getByRole('list', { name: 'Backup authentication codes' })
      .getByRole('listitem')
      .allTextContents()
  ).map((c) => c.trim());
  expect(fresh).toHaveLength(8);
  expect(fresh.filter((c) => codes.includes(c))).toEqual([]);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('textbox', { name: 'Backup authentication code' }).fill(fresh[0] as string);
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByText('Backup authentication codes updated')).toBeVisible();
  await expect(page.getByTestId('backup-codes')).toContainText(`${isolated('8')} codes remaining`);

  // Disable: asked once more, then it is off and the next sign-in needs no second step.
  await twoStepRow(page).getByRole('button', { name: 'Disable' }).click();
  await expect(page.getByText('Disable two-step authentication?')).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Disable', exact: true }).click();
  await expect(page.getByText('Two-step authentication disabled')).toBeVisible();
  await expect(twoStepRow(page)).toContainText('Not set');
  await expect(page.getByTestId('backup-codes')).toHaveCount(0);
});

test('a relier asking for AAL2: an account without two-step authentication is told so', async ({
  page,
}) => {
  const plain = await realUser('aal1');
  await seedUser(page, plain);
  await page.goto(authorizationPath({ acr_values: 'AAL2' }));
  await continueAs(page, plain.email).click();
  await expect(page.getByRole('alert')).toHaveText(
    'This application requires two-step authentication. Turn it on in your account settings, then try again.',
  );
  await expect(page).toHaveURL(/\/authorization\?/);
});

test('a relier asking for AAL2: a one-step session of a two-step account gives its code first', async ({
  page,
}) => {
  // Its session predates two-step authentication: one step, AAL1.
  const user = await realUser('aal2');
  const { email } = user;
  await enableTwoStep(email);
  await seedUser(page, user);
  await page.goto(authorizationPath({ acr_values: 'AAL2' }));
  await continueAs(page, email).click();
  await expect(page).toHaveURL(/\/signin_totp_code\?/);
  const target = await nextRelierNavigation(page, () => enterAuthenticatorCode(page, email));
  expect(target.origin + target.pathname).toBe(RELIERS.trusted.redirectUri);
  expect(target.searchParams.get('code')).toMatch(/^[0-9a-f]{64}$/);
  expect(target.searchParams.get('state')).toBe('st4te-from-relier');
});

test.describe('sign-in of a two-step account for a relier', () => {
  test('OAuth web: password, then the authenticator code, then the relier gets its code', async ({
    page,
  }) => {
    const email = uniqueEmail('oauth2fa');
    await createAccount({ email });
    await enableTwoStep(email);
    await page.goto(authorizationPath({ acr_values: 'AAL2' }));
    await submitEmail(page, email);
    await submitPassword(page, PASSWORD);
    await expect(page).toHaveURL(/\/signin_totp_code\?/);
    const target = await nextRelierNavigation(page, () => enterAuthenticatorCode(page, email));
    expect(target.searchParams.get('code')).toMatch(/^[0-9a-f]{64}$/);
  });
});

test('settings with a session from before two-step authentication: the code first, then settings', async ({
  page,
}) => {
  const user = await realUser('aal-settings');
  await enableTwoStep(user.email);
  await seedUser(page, user);
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/signin_totp_code\?redirect_to=%2Fsettings/);
  await enterAuthenticatorCode(page, user.email);
  await expect(page).toHaveURL(`${appOrigin}/settings`);
  await expect(page.getByTestId('two-step')).toContainText('Enabled');
});
