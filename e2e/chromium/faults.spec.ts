// Auth-server faults injected through the emulator's control API (security-tests.md §F; faults
// scoped to the test's own account, so parallel tests never meet them): latency, 429 and 503
// with Retry-After, 500, a proxy's non-JSON 502, the connection dropped, and the browser
// offline. Each time: a clear error, what was typed kept, no endless spinner, no automatic retry,
// and never signed out by a fault.

import type { Page } from '@playwright/test';
import { createAccount, type FaultSpec, injectFault, uniqueEmail } from '../support/emulator';
import { expect, test } from '../support/fixtures';
import { realUser, seedUser, storedSession } from '../support/settings';
import { isolated, PASSWORD, submitEmail } from '../support/signin-steps';

const BUSY = 'The service is busy. Please try again soon.';
const UNEXPECTED = 'Something went wrong. Please try again.';
const OFFLINE = 'Could not reach the server. Check your connection and try again.';

/**
 * Counts the requests the page itself makes to the emulator path `path` from now on. For a
 * dropped connection this, not the fault's hits, says whether the app retried: Chromium resends a
 * request by itself when a reused keep-alive connection closes before any answer, once per idle
 * connection it tries (net/http/http_network_transaction.cc ShouldResendRequest), which the
 * emulator counts but the page never sees.
 */
function countRequests(page: Page, method: string, path: string): () => number {
  let n = 0;
  page.on('request', (request) => {
    if (request.method() === method && new URL(request.url()).pathname === path) n++;
  });
  return () => n;
}

/** The app asked once: no automatic retry (before Retry-After or otherwise). */
function expectOneRequest(hits: number, pageRequests: number, status: FaultSpec['status']) {
  expect(pageRequests, 'requests the page made').toBe(1);
  if (status === 'network') expect(hits, 'requests that reached the fault').toBeGreaterThan(0);
  else expect(hits, 'requests that reached the fault').toBe(1);
}

/**
 * A 429/503 with Retry-After: the wait is said and the button stays off until it is over, so a
 * second click or Enter sends nothing (the caller counts the requests); then it comes back.
 */
async function waitOutTheBackOff(page: Page, seconds: number) {
  const signIn = page.getByRole('button', { name: 'Sign in' });
  const status = page.getByRole('timer');
  const wait =
    seconds < 60
      ? `${isolated(`${seconds}`)} seconds`
      : `${isolated(`${Math.ceil(seconds / 60)}`)} minutes`;
  await expect(signIn).toBeDisabled();
  await expect(status).toContainText(`You can try again in ${wait}.`);
  await page.getByLabel('Password', { exact: true }).press('Enter');
  await signIn.click({ force: true });
  await page.clock.fastForward((seconds - 1) * 1_000);
  await expect(status).toContainText(`You can try again in ${isolated('1')} second.`);
  await expect(signIn).toBeDisabled();
  await page.clock.fastForward(1_000);
  await expect(status).toHaveText('You can try again now.');
  // Back to the real time, so the next requests' Hawk timestamps are not minutes ahead.
  await page.clock.setSystemTime(new Date());
}

/** Each fault, and what the password step says about it. */
const LOGIN_FAULTS: [string, Pick<FaultSpec, 'status' | 'retryAfter'>, string][] = [
  [
    '429 + Retry-After',
    { status: 429, retryAfter: 120 },
    // The server's own wording of the wait (retryAfterLocalized), as upstream shows it.
    `You’ve tried too many times. Please try again ${isolated('in 120 seconds')}.`,
  ],
  ['503 + Retry-After', { status: 503, retryAfter: 30 }, BUSY],
  ['500', { status: 500 }, UNEXPECTED],
  ['non-JSON 502', { status: 502 }, UNEXPECTED],
  ['connection dropped', { status: 'network' }, OFFLINE],
];

test('sign-in under auth-server faults: said inline, the password kept, one request each, then it works', async ({
  page,
}) => {
  // The app's own clock: the back-off a 429/503 asks for runs on it (app/lib/retry-wait.ts).
  await page.clock.install();
  const { email } = await createAccount({ email: uniqueEmail('faults'), password: PASSWORD });
  await page.goto('/');
  await submitEmail(page, email);
  await expect(page.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
  const password = page.getByLabel('Password', { exact: true });
  const signIn = page.getByRole('button', { name: 'Sign in' });
  await password.fill(PASSWORD);

  for (const [name, fault, message] of LOGIN_FAULTS) {
    await test.step(name, async () => {
      // Until removed: a second request (an automatic retry) would meet it too, and be counted.
      const injected = await injectFault({
        path: '/v1/account/login',
        method: 'POST',
        account: email,
        times: 0,
        ...fault,
      });
      const requests = countRequests(page, 'POST', '/v1/account/login');
      await signIn.click();
      await expect(page.getByRole('alert')).toHaveText(message);
      await expect(password).toHaveValue(PASSWORD);
      if (fault.retryAfter) await waitOutTheBackOff(page, fault.retryAfter);
      await expect(signIn).toBeEnabled();
      expectOneRequest(await injected.remove(), requests(), fault.status);
    });
  }

  await test.step('latency: busy while waiting, then the next step', async () => {
    await injectFault({ path: '/v1/account/login', account: email, delayMs: 1_500 });
    await signIn.click();
    await expect(page.getByRole('button', { name: 'Signing in…' })).toBeDisabled();
    await expect(page.getByRole('heading', { name: 'Enter confirmation code' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test('settings under auth-server faults: the error dialog, the session kept, Try again recovers', async ({
  page,
  context,
}) => {
  // The app's own clock: the back-off an edit meets runs on it (app/lib/retry-wait.ts).
  await page.clock.install();
  const user = await realUser('settings-faults');
  await seedUser(page, user);
  const dialog = page.getByRole('dialog', { name: 'General application error' });

  for (const [name, status] of [
    ['500', 500],
    ['non-JSON 502', 502],
    ['503 + Retry-After', 503],
    ['429 + Retry-After', 429],
    ['connection dropped', 'network'],
  ] as const) {
    await test.step(name, async () => {
      const injected = await injectFault({
        path: '/v1/account',
        method: 'GET',
        account: user.email,
        status,
        times: 0,
      });
      const requests = countRequests(page, 'GET', '/v1/account');
      await page.goto('/settings');
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText(
        status === 'network' ? 'Check your connection' : 'Something went wrong',
      );
      await expect(page).toHaveURL(/\/settings$/);
      expect((await storedSession(page, user.uid))?.sessionToken).toBe(user.sessionToken);
      expectOneRequest(await injected.remove(), requests(), status);
      await dialog.getByRole('button', { name: 'Try again' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(page.getByTestId('primary-email')).toHaveText(user.email);
    });
  }

  await test.step('the browser offline (navigator.onLine false), then back', async () => {
    await page.getByRole('link', { name: 'Add display name' }).click();
    const name = page.getByLabel('Enter display name');
    await name.fill('Offline Name');
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toHaveText(OFFLINE);
    await expect(name).toHaveValue('Offline Name');
    await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled();
    await context.setOffline(false);
    expect((await storedSession(page, user.uid))?.sessionToken).toBe(user.sessionToken);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByTestId('display-name')).toHaveText('Offline Name');
  });

  await test.step('an edit meets 503 + Retry-After: Save stays off for the wait, then works', async () => {
    await page.goto('/settings/display_name');
    const name = page.getByLabel('Enter display name');
    const save = page.getByRole('button', { name: 'Save' });
    await name.fill('Busy Name');
    await injectFault({
      path: '/profile/v1/display_name',
      method: 'POST',
      account: user.email,
      status: 503,
      retryAfter: 20,
    });
    const requests = countRequests(page, 'POST', '/profile/v1/display_name');
    await save.click();
    const wait = page.getByRole('timer');
    await expect(wait).toContainText(`You can try again in ${isolated('20')} seconds.`);
    await expect(save).toBeDisabled();
    await name.press('Enter');
    await page.clock.fastForward(20_000);
    await expect(wait).toHaveText('You can try again now.');
    await page.clock.setSystemTime(new Date());
    expect(requests(), 'requests the page made before the wait was over').toBe(1);
    await save.click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByTestId('display-name')).toHaveText('Busy Name');
    expect(requests()).toBe(2);
  });
});

test('an auth server that hangs: the request gives up after 30 s, said inline, the password kept', async ({
  page,
}) => {
  // The app's own clock: its 30 s request timeout (app/lib/auth-client/http.ts) runs on it.
  await page.clock.install();
  const { email } = await createAccount({ email: uniqueEmail('hang'), password: PASSWORD });
  await page.goto('/');
  await submitEmail(page, email);
  const password = page.getByLabel('Password', { exact: true });
  await password.fill(PASSWORD);
  // Far longer than the timeout: only the app's abort ends the wait.
  await injectFault({ path: '/v1/account/login', account: email, delayMs: 120_000 });
  await page.getByRole('button', { name: 'Sign in' }).click();
  const busy = page.getByRole('button', { name: 'Signing in…' });
  await expect(busy).toBeDisabled();
  await page.clock.fastForward(29_000);
  await expect(busy).toBeDisabled();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.clock.fastForward(1_000);
  await expect(page.getByRole('alert')).toHaveText(OFFLINE);
  await expect(password).toHaveValue(PASSWORD);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
});
