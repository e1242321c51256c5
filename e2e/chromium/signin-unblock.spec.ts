// Sign-in unblock (recovery-2fa-mfa.md §5; upstream functional-tests signin/signinBlocked.spec.ts):
// a sign-in customs blocked (errno 125, email-captcha) emails an authorization code and opens
// /signin_unblock; the code lets the login through and the flow goes on as it would have (Web to
// settings, Sync to fxaccounts:login with keys, OAuth back to the relier); a wrong and an expired
// code say so; "this wasn't me" from the email rejects the code.
import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import {
  ageUnblockCodes,
  blockSignin,
  createAccount,
  lastEmail,
  uniqueEmail,
} from '../support/emulator';
import { commands, expect, test } from '../support/fixtures';
import { RELIERS } from '../support/oauth';
import { isolated, submitEmail, submitPassword } from '../support/signin-steps';

/** The last unblock code the emulator emailed to `email`, newer than `after` when given. */
async function unblockCode(email: string, after?: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const mail = await lastEmail(email).catch(() => undefined);
    if (mail?.kind === 'unblock-code' && mail.code !== after) return mail.code;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no unblock code was sent to ${email}`);
}

async function blockedSignin(page: Page, start: string, label: string) {
  const account = await createAccount({ email: uniqueEmail(label) });
  await blockSignin(account.email);
  await page.goto(start);
  await submitEmail(page, account.email);
  await submitPassword(page);
  await expect(page.getByRole('heading', { name: 'Authorize this sign-in' })).toBeVisible();
  await expect(page).toHaveURL(/\/signin_unblock/);
  await expect(page.getByText(`sent to ${isolated(account.email)}`)).toBeVisible();
  return account;
}

async function submitUnblockCode(page: Page, code: string) {
  await page.getByRole('textbox', { name: 'Enter authorization code' }).fill(code);
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('Web: blocked → a wrong code → the emailed code → settings, no login code asked', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const { email } = await blockedSignin(page, '/', 'unblock-web');
  const code = await unblockCode(email);
  await expectNoA11yViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await submitUnblockCode(page, 'abc');
  await expect(page.getByRole('alert')).toHaveText('Authorization code must contain 8 characters');
  await submitUnblockCode(page, code === 'AAAAAAAA' ? 'BBBBBBBB' : 'AAAAAAAA');
  await expect(page.getByRole('alert')).toHaveText('Invalid authorization code');
  await expect(page).toHaveURL(/\/signin_unblock/);

  await submitUnblockCode(page, code.toLowerCase());
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByTestId('primary-email')).toHaveText(email);
});

test('an expired code is refused; a new one is sent; "this wasn’t me" reports it', async ({
  page,
}) => {
  const { email, uid } = await blockedSignin(page, '/', 'unblock-expired');
  const old = await unblockCode(email);
  // One hour and a minute later (the code's lifetime is an hour), for this account's codes only:
  // the emulator's clock is shared with every test running beside this one.
  await ageUnblockCodes(email, 61 * 60 * 1000);
  await submitUnblockCode(page, old);
  await expect(page.getByRole('alert')).toHaveText('Invalid authorization code');

  await page.getByRole('button', { name: 'Not in inbox or spam folder? Resend' }).click();
  await expect(page.getByRole('status')).toHaveText('A new code was sent to your email.');
  const fresh = await unblockCode(email, old);

  // The email's "report it to us" link, opened by the account's owner.
  await page.goto(`/report_signin?uid=${uid}&unblockCode=${fresh}`);
  await expect(page.getByRole('heading', { name: 'Report unauthorized sign-in?' })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Report activity' }).click();
  await expect(page).toHaveURL(/\/signin_reported$/);
  await expect(page.getByRole('heading', { name: 'Thank you for your vigilance' })).toBeVisible();

  // The reported code is spent; a broken link says so instead of failing.
  await page.goto(`/report_signin?uid=${uid}&unblockCode=${fresh}`);
  await page.getByRole('button', { name: 'Report activity' }).click();
  await expect(page.getByRole('alert')).toHaveText('Invalid authorization code');
  await page.goto(`/report_signin?uid=${uid}`);
  await expect(page.getByRole('heading', { name: 'Link damaged' })).toBeVisible();
});

test('Sync: the unblocked login goes on to fxaccounts:login with keys', async ({
  page,
  device,
  sentMessages,
}) => {
  await device({ signedInUser: null, capabilities: { choose_what_to_sync: false } });
  const { email, uid } = await blockedSignin(
    page,
    '/?context=fx_desktop_v3&service=sync&action=email',
    'unblock-sync',
  );
  await submitUnblockCode(page, await unblockCode(email));
  await expect(page.getByRole('heading', { name: 'You’re signed into Firefox' })).toBeVisible();
  const sent = await sentMessages();
  // can_link_account once, before the first attempt; no code page in between.
  expect(commands(sent).filter((c) => c === 'fxaccounts:can_link_account')).toHaveLength(1);
  const login = sent.find((m) => m.command === 'fxaccounts:login')?.data;
  expect(login).toMatchObject({
    email,
    uid,
    verified: true,
    keyFetchToken: expect.stringMatching(/^[0-9a-f]{64}$/),
    unwrapBKey: expect.stringMatching(/^[0-9a-f]{64}$/),
  });
});

test('OAuth: the unblocked login goes back to the relier, signed in', async ({ page }) => {
  const { email } = await createAccount({ email: uniqueEmail('unblock-oauth') });
  await blockSignin(email);
  await page.goto(RELIERS.pocket.home);
  await page.getByRole('link', { name: 'Sign in with Firefox' }).click();
  await submitEmail(page, email);
  await submitPassword(page);
  await expect(page.getByRole('heading', { name: 'Authorize this sign-in' })).toBeVisible();
  await submitUnblockCode(page, await unblockCode(email));
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  expect(page.url()).toBe(RELIERS.pocket.home);
});
