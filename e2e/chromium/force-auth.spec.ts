// force_auth: sign in again to exactly the account a URL names (upstream functional-tests
// misc/forceAuth.spec.ts, oauth/forceAuth.spec.ts, react-conversion/forceAuth.spec.ts). The
// email cannot be changed, another account the page holds is not used, an account that does
// not exist is said so with a way to sign up. Firefox's own "Reconnect to Sync" is
// e2e/firefox/force-auth.spec.ts; the account check's cases are app/features/signin/force-auth.test.ts.
import { expectNoA11yViolations } from '../support/a11y';
import { createAccount, injectFault, uniqueEmail } from '../support/emulator';
import { commands, expect, seedLocalAccount, test } from '../support/fixtures';
import {
  authorizationPath,
  deviceUser,
  firefoxAccount,
  nextRelierNavigation,
  RELIERS,
} from '../support/oauth';
import { realUser } from '../support/settings';
import { PASSWORD, readStorage, submitCode, submitPassword } from '../support/signin-steps';

const forceAuth = (email: string, extra = '') =>
  `/force_auth?email=${encodeURIComponent(email)}${extra}`;

test('web: the named account, not the one in storage, signed in with the keyboard alone', async ({
  page,
}) => {
  const other = await realUser('force-other');
  await seedLocalAccount(page, other);
  const { email, uid } = await createAccount({ email: uniqueEmail('force'), password: PASSWORD });

  await page.goto(forceAuth(email));
  await expect(page.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  // Nothing offers the stored account or another address: the email is not editable.
  await expect(page.getByText(other.email)).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Continue as/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Use a different account' })).toHaveCount(0);
  await expectNoA11yViolations(page);

  // The password box has the focus: type and press Enter.
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Enter confirmation code' })).toBeVisible();
  await submitCode(page, email);
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByTestId('primary-email')).toHaveText(email);
  const storage = await readStorage(page);
  expect(storage.currentUid).toBe(uid);
});

test('Sync: the browser holds another account; the named one is linked and logged in', async ({
  page,
  device,
  sentMessages,
}) => {
  const held = await firefoxAccount('force-held');
  await device({
    signedInUser: deviceUser(held),
    capabilities: { choose_what_to_sync: false, engines: ['bookmarks'] },
  });
  const { email, uid } = await createAccount({
    email: uniqueEmail('force-sync'),
    password: PASSWORD,
  });
  await page.goto(forceAuth(email, '&context=fx_desktop_v3&service=sync'));
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByText(held.email)).toHaveCount(0);
  await submitPassword(page);
  await submitCode(page, email);
  await expect(page.getByRole('heading', { name: 'You’re signed into Firefox' })).toBeVisible();
  const sent = await sentMessages();
  expect(commands(sent)).toEqual([
    'fxaccounts:fxa_status',
    'fxaccounts:loaded',
    'fxaccounts:can_link_account',
    'fxaccounts:login',
  ]);
  expect(sent[2]?.data).toEqual({ email });
  expect(sent[3]?.data).toMatchObject({ email, uid, verified: true });
});

test('OAuth action=force_auth: the relier’s named account, back at the relier with a code', async ({
  page,
}) => {
  const { email } = await createAccount({ email: uniqueEmail('force-oauth'), password: PASSWORD });
  await page.goto(authorizationPath({ action: 'force_auth', email }));
  await expect(page).toHaveURL(/\/oauth\/force_auth\?.*action=force_auth/);
  await expect(page.getByText(email)).toBeVisible();
  await submitPassword(page);
  const back = await nextRelierNavigation(page, () => submitCode(page, email));
  expect(back.origin + back.pathname).toBe(RELIERS.trusted.redirectUri);
  expect(back.searchParams.get('state')).toBe('st4te-from-relier');
  expect(back.searchParams.get('code')).toMatch(/^[0-9a-f]{64}$/);
});

test('an account that does not exist: said so, at 360 px, with a way to sign up with it', async ({
  page,
}) => {
  const email = uniqueEmail('force-gone');
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(forceAuth(email, '&context=fx_desktop_v3&service=sync'));
  await expect(page.getByRole('heading', { name: 'Account no longer exists' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByLabel('Password', { exact: true })).toHaveCount(0);
  await expectNoA11yViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  const signUp = page.getByRole('link', { name: 'Create an account' });
  await signUp.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/signup\?email=/);
  await expect(page.getByRole('heading', { name: 'Set your password' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
});

test('the account check fails (503): no endless wait, the password step goes on', async ({
  page,
}) => {
  const { email } = await createAccount({ email: uniqueEmail('force-503'), password: PASSWORD });
  const fault = await injectFault({
    path: '/v1/account/status',
    account: email,
    status: 503,
    times: 0,
  });
  await page.goto(forceAuth(email));
  await submitPassword(page);
  await expect(page.getByRole('heading', { name: 'Enter confirmation code' })).toBeVisible();
  expect(await fault.remove()).toBeGreaterThan(0);
});

test('no valid email in the URL: Bad Request, no form', async ({ page }) => {
  await page.goto('/force_auth?email=not-an-address');
  await expect(page.getByRole('heading', { name: 'Bad Request' })).toBeVisible();
  await expect(page.getByLabel('Password', { exact: true })).toHaveCount(0);
});
