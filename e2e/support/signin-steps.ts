// The sign-in steps as a user takes them, for the sign-in specs (chromium/signin*.spec.ts).
import { expect, type Page } from '@playwright/test';
import { lastEmail, waitForCode } from './emulator';

export const PASSWORD = 'correct horse battery';

/** A Fluent placeable as rendered: wrapped in Unicode isolation marks (FSI … PDI). */
export const isolated = (value: string) => `\u2068${value}\u2069`;

/** The cached sign-in's one button. */
export const continueAs = (page: Page, email: string) =>
  page.getByRole('button', { name: `Continue as ${isolated(email)}` });

export async function submitEmail(page: Page, email: string) {
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('button', { name: 'Sign up or sign in' }).click();
}

export async function submitPassword(page: Page, password = PASSWORD) {
  await expect(page.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Types the last code the emulator emailed to `email` (newer than `after` when given). */
export async function submitCode(page: Page, email: string, after?: string) {
  await expect(page.getByRole('heading', { name: 'Enter confirmation code' })).toBeVisible();
  const code = await waitForCode(email, after);
  await page.getByRole('textbox', { name: 'Enter 6-digit code' }).fill(code);
  await page.getByRole('button', { name: 'Confirm' }).click();
  return code;
}

/** The page Firefox opens for "Sign in to Sync". */
export const SYNC_SIGNIN = '/?context=fx_desktop_v3&service=sync&action=email';

/** A Sync sign-in of an existing account up to its emailed code: email, password, code. */
export async function signInForSync(page: Page, email: string) {
  await page.goto(SYNC_SIGNIN);
  await submitEmail(page, email);
  await submitPassword(page);
  await submitCode(page, email);
}

/** When the last email to `email` was sent (0 when none was). */
export const lastSentAt = async (email: string) =>
  (await lastEmail(email).catch(() => undefined))?.sentAt ?? 0;

type StoredAccount = { uid: string; email: string; sessionToken?: string; verified?: boolean };

/** Upstream's `__fxa_storage.*` entries, and every other storage key the page wrote. */
export function readStorage(page: Page) {
  return page.evaluate(() => ({
    accounts: JSON.parse(localStorage.getItem('__fxa_storage.accounts') ?? '{}') as Record<
      string,
      StoredAccount
    >,
    currentUid: JSON.parse(localStorage.getItem('__fxa_storage.currentAccountUid') ?? 'null') as
      | string
      | null,
    localKeys: Object.keys(localStorage),
    sessionKeys: Object.keys(sessionStorage),
  }));
}
