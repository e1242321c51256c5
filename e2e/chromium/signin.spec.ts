// Email-first, password sign-in, the sign-in code and cached ("Continue as") sign-in for the Web
// integration (fxa-upstream.md §3–§4, scenarios 5–9, 21, 28), against the emulator.
import type { Page } from '@playwright/test';
import { accountSummary, createAccount, uniqueEmail } from '../support/emulator';
import { browserUser, expect, seedLocalAccount, test } from '../support/fixtures';
import { emulatorOrigin } from '../support/ports';
import {
  continueAs,
  isolated,
  lastSentAt,
  PASSWORD,
  readStorage,
  submitCode,
  submitEmail,
  submitPassword,
} from '../support/signin-steps';

/** A verified account with a verified session, as another tab or the browser would hold it. */
async function accountWithSession(label: string) {
  const account = await createAccount({ email: uniqueEmail(label), session: { verified: true } });
  if (!account.sessionToken) throw new Error('the emulator made no session');
  return {
    uid: account.uid,
    email: account.email,
    sessionToken: account.sessionToken,
    verified: true,
  };
}

/** An auth-server error body, as the emulator (and upstream) sends it. */
function authError(page: Page, path: string, status: number, body: Record<string, unknown>) {
  return page.route(`${emulatorOrigin}/v1${path}`, (route) =>
    route.request().method() === 'OPTIONS'
      ? route.fallback()
      : route.fulfill({
          status,
          json: { code: status, ...body },
          headers: { 'access-control-allow-origin': new URL(page.url()).origin },
        }),
  );
}

test.describe('Web sign-in with a password', () => {
  test('email-first → password → code → settings, and the session is stored', async ({ page }) => {
    const { email } = await createAccount({ email: uniqueEmail('web') });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Enter your email' })).toBeVisible();
    await submitEmail(page, email);
    await expect(page).toHaveURL(/\/signin$/);
    await expect(page.getByText(email)).toBeVisible();

    await submitPassword(page, 'not the password');
    await expect(page.getByRole('alert')).toHaveText('Incorrect password');
    await expect(page).toHaveURL(/\/signin$/);

    await submitPassword(page);
    await expect(page).toHaveURL(/\/signin_token_code$/);
    await expect(page.getByText(`sent to ${isolated(email)}`)).toBeVisible();
    await submitCode(page, email);

    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByTestId('primary-email')).toHaveText(email);
    const { uid } = await accountSummary(email);
    const storage = await readStorage(page);
    expect(storage.currentUid).toBe(uid);
    expect(storage.accounts[uid]).toMatchObject({ uid, email, verified: true });
    expect(storage.accounts[uid]?.sessionToken).toMatch(/^[0-9a-f]{64}$/);
    // D4: the upstream entries only; no keys or passwords anywhere.
    expect(storage.localKeys.sort()).toEqual([
      '__fxa_storage.accounts',
      '__fxa_storage.currentAccountUid',
    ]);
    expect(storage.sessionKeys).toEqual([]);
    expect(JSON.stringify(storage)).not.toContain(PASSWORD);
    expect(page.url()).not.toMatch(/[0-9a-f]{64}/);
  });

  test('a wrong code is refused; a new code can be sent', async ({ page }) => {
    const { email } = await createAccount({ email: uniqueEmail('code') });
    await page.goto('/');
    await submitEmail(page, email);
    await submitPassword(page);
    const code = page.getByRole('textbox', { name: 'Enter 6-digit code' });
    await expect(code).toBeVisible();

    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect(page.getByRole('alert')).toHaveText('Enter the 6-digit code from the email.');
    await code.fill('000000');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect(page.getByRole('alert')).toHaveText('Invalid or expired confirmation code');

    const before = await lastSentAt(email);
    await page.getByRole('button', { name: 'Email new code.' }).click();
    await expect(page.getByRole('status')).toHaveText('A new code was sent to your email.');
    expect(await lastSentAt(email)).toBeGreaterThan(before);
    await submitCode(page, email);
    await expect(page).toHaveURL(/\/settings$/);
  });

  test('a reload on the code page keeps the sign-in', async ({ page }) => {
    const { email } = await createAccount({ email: uniqueEmail('reload') });
    await page.goto('/');
    await submitEmail(page, email);
    await submitPassword(page);
    await expect(page).toHaveURL(/\/signin_token_code$/);
    await page.reload();
    await submitCode(page, email);
    await expect(page.getByTestId('primary-email')).toHaveText(email);
  });

  test('throttled: the wait is said inline, and the password stays', async ({ page }) => {
    const { email } = await createAccount({ email: uniqueEmail('throttled') });
    await page.goto('/');
    await submitEmail(page, email);
    await authError(page, '/account/login', 429, {
      errno: 114,
      error: 'Too Many Requests',
      message: 'Client has sent too many requests',
      retryAfter: 900,
    });
    await submitPassword(page);
    await expect(page.getByRole('alert')).toHaveText(
      `You’ve tried too many times. Please try again ${isolated('in 15 minutes')}.`,
    );
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue(PASSWORD);
    // The server's wait is honoured: no second try before it (app/lib/retry-wait.ts).
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeDisabled();
    await expect(page.getByRole('timer')).toContainText(
      `You can try again in ${isolated('15')} minutes.`,
    );
  });

  test('network down: a clear error, nothing lost, and a retry works', async ({ page }) => {
    const { email } = await createAccount({ email: uniqueEmail('offline') });
    await page.goto('/');
    await submitEmail(page, email);
    await page.route(`${emulatorOrigin}/v1/account/login*`, (route) => route.abort());
    await submitPassword(page);
    await expect(page.getByRole('alert')).toHaveText(
      'Could not reach the server. Check your connection and try again.',
    );
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue(PASSWORD);
    await page.unrouteAll();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/signin_token_code$/);
  });

  test('server error on email-first: said inline, the email stays', async ({ page }) => {
    await page.goto('/');
    await authError(page, '/account/status', 503, {
      errno: 201,
      error: 'Service Unavailable',
      message: 'Service unavailable',
    });
    const email = uniqueEmail('busy');
    await submitEmail(page, email);
    await expect(page.getByRole('alert')).toHaveText('The service is busy. Please try again soon.');
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue(email);
  });

  test('an invalid email is caught before any request', async ({ page }) => {
    await page.goto('/?email=invalid@');
    await expect(page.getByRole('alert')).toHaveText('Valid email required');
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('invalid@');
  });

  test('redirect_to on this origin is honoured', async ({ page }) => {
    const { email } = await createAccount({ email: uniqueEmail('redirect') });
    await page.goto(`/?redirect_to=${encodeURIComponent('/settings#security')}`);
    await submitEmail(page, email);
    await submitPassword(page);
    await submitCode(page, email);
    await expect(page).toHaveURL(/\/settings#security$/);
  });

  for (const target of [
    'javascript:alert(1)',
    '//evil.example/settings',
    'https://evil.example/',
  ]) {
    test(`redirect_to=${target} is refused`, async ({ page }) => {
      await page.goto(`/?redirect_to=${encodeURIComponent(target)}`);
      await expect(page.getByRole('heading', { name: 'Bad Request' })).toBeVisible();
      await expect(page.getByText('Invalid Query Parameters')).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Email' })).toHaveCount(0);
    });
  }
});

test.describe('cached sign-in ("Continue as")', () => {
  test('the browser’s account: one click to settings, no password', async ({ page, device }) => {
    const user = await accountWithSession('browser');
    await device({ signedInUser: user });
    await page.goto('/');
    const button = continueAs(page, user.email);
    await expect(button).toBeVisible();
    await expect(page.getByLabel('Password', { exact: true })).toHaveCount(0);
    await button.click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByTestId('primary-email')).toHaveText(user.email);
  });

  test('a stored account wins over the browser’s (non-Sync)', async ({ page, device }) => {
    const local = await accountWithSession('local');
    await seedLocalAccount(page, local);
    await device({ signedInUser: browserUser });
    await page.goto('/');
    await continueAs(page, local.email).click();
    await expect(page.getByTestId('primary-email')).toHaveText(local.email);
  });

  test('an expired session asks for the password, keeping the email', async ({ page }) => {
    const { uid, email } = await createAccount({ email: uniqueEmail('expired') });
    // A token the auth server does not know: errno 110 on first use.
    await seedLocalAccount(page, { uid, email, sessionToken: 'e'.repeat(64), verified: true });
    await page.goto('/');
    await continueAs(page, email).click();
    await expect(page.getByRole('alert')).toHaveText('Session expired. Sign in to continue.');
    await expect(page.getByText(email)).toBeVisible();
    expect((await readStorage(page)).accounts[uid]?.sessionToken).toBeUndefined();
    await submitPassword(page);
    await submitCode(page, email);
    await expect(page.getByTestId('primary-email')).toHaveText(email);
  });

  test('an unconfirmed cached session goes to the code page', async ({ page }) => {
    const account = await createAccount({
      email: uniqueEmail('unconfirmed'),
      session: { verified: false },
    });
    if (!account.sessionToken) throw new Error('no session');
    await seedLocalAccount(page, {
      ...account,
      sessionToken: account.sessionToken,
      verified: false,
    });
    await page.goto('/');
    await continueAs(page, account.email).click();
    await expect(page).toHaveURL(/\/signin_token_code$/);
    await submitCode(page, account.email);
    await expect(page.getByTestId('primary-email')).toHaveText(account.email);
  });

  test('“Use a different account” signs in someone else', async ({ page, device }) => {
    const user = await accountWithSession('first');
    const other = await createAccount({ email: uniqueEmail('other') });
    await device({ signedInUser: user });
    await page.goto('/');
    await page.getByRole('button', { name: 'Use a different account' }).click();
    const box = page.getByRole('textbox', { name: 'Email' });
    await expect(box).toHaveValue(user.email);
    await submitEmail(page, other.email);
    await submitPassword(page);
    await submitCode(page, other.email);
    await expect(page.getByTestId('primary-email')).toHaveText(other.email);
  });

  test('a late browser reply on email-first offers the account', async ({ page, device }) => {
    const user = await accountWithSession('late');
    // Timers move only when the test says so: the 500 ms timeout first, then the late reply.
    const start = new Date('2026-01-01T00:00:00Z');
    await page.clock.install({ time: start });
    await page.clock.pauseAt(new Date(start.getTime() + 1_000));
    await device({ signedInUser: user, delayMs: 2_000 });
    await page.goto('/');
    await page.clock.runFor(500);
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('');
    await page.clock.runFor(2_000);
    await expect(continueAs(page, user.email)).toBeVisible();
  });
});
