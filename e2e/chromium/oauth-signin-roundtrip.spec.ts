// The relier round trip without a session (fxa-upstream.md §7 scenarios 13, 15, 17): relier →
// /authorization → email-first at /oauth → password (and the emailed code that confirms a new
// sign-in) or sign-up → back at the relier, signed in. The sign-in pages hand over to the OAuth
// feature's finishOAuthFlow once they have a session.
import { createAccount, uniqueEmail } from '../support/emulator';
import { expect, test } from '../support/fixtures';
import { deviceUser, firefoxAccount, RELIERS } from '../support/oauth';
import { PASSWORD, submitCode, submitEmail, submitPassword } from '../support/signin-steps';

const NEW_PASSWORD = 'purple monkey dishwasher';

test.describe('no session: sign in on the way', () => {
  test('Pocket demo: email-first → password → code → back at the relier, signed in', async ({
    page,
  }) => {
    const { email } = await createAccount({ email: uniqueEmail('roundtrip'), password: PASSWORD });
    await page.goto(RELIERS.pocket.home);
    await page.getByRole('link', { name: 'Sign in with Firefox' }).click();

    await expect(page).toHaveURL(/\/oauth\?.*client_id=7c0a2f3e4d5b6a19/);
    await submitEmail(page, email);
    await expect(page).toHaveURL(/\/oauth\/signin\?/);
    await submitPassword(page);
    // A new sign-in is confirmed with the emailed code (the emulator's login verification).
    await submitCode(page, email);

    await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
    expect(page.url()).toBe(RELIERS.pocket.home);
  });

  test('123done: a new account signs up on the way and comes back signed in', async ({ page }) => {
    const email = uniqueEmail('newcomer');
    await page.goto(RELIERS.trusted.home);
    await page.getByRole('link', { name: 'Sign in with Firefox' }).click();
    await submitEmail(page, email);
    await expect(page).toHaveURL(/\/oauth\/signup\?/);
    await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Repeat password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await submitCode(page, email);

    await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
    expect(page.url()).toBe(RELIERS.trusted.home);
  });

  test('321done (untrusted): password, code, then its permissions, then back', async ({ page }) => {
    const { email } = await createAccount({ email: uniqueEmail('untrusted'), password: PASSWORD });
    await page.goto(RELIERS.untrusted.home);
    await page.getByRole('link', { name: 'Sign in with Firefox' }).click();
    await submitEmail(page, email);
    await submitPassword(page);
    await submitCode(page, email);

    await expect(page.getByRole('heading', { name: 'Request for permission' })).toBeVisible();
    await expect(page.getByRole('listitem')).toHaveText([
      `Email address: ${email}`,
      'Display name',
    ]);
    await page.getByRole('button', { name: 'Accept' }).click();
    await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  });

  test('a wrong password is said so on the way; the right one still ends at the relier', async ({
    page,
  }) => {
    const { email } = await createAccount({ email: uniqueEmail('typo'), password: PASSWORD });
    await page.goto(RELIERS.pocket.home);
    await page.getByRole('link', { name: 'Sign in with Firefox' }).click();
    await submitEmail(page, email);
    await submitPassword(page, 'not the password');
    await expect(page.getByRole('alert')).toHaveText(/Incorrect password/);
    await submitPassword(page);
    await submitCode(page, email);
    await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  });
});

test('prompt=login with the browser’s account: the password first, then back at the relier', async ({
  page,
  device,
}) => {
  const account = await firefoxAccount('relogin');
  await device({ signedInUser: deviceUser(account) });
  await page.goto(`${RELIERS.trusted.home}login?prompt=login`);
  await expect(page).toHaveURL(/\/oauth\/signin\?/);
  await expect(page.getByText(account.email)).toBeVisible();
  await submitPassword(page, account.password);
  // The password makes a new session, confirmed like any new sign-in by the emailed code.
  await submitCode(page, account.email);
  await expect(page.getByText(`Signed in as ${account.email}`)).toBeVisible();
});
