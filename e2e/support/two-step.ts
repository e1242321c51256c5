// Two-step authentication for the e2e specs: the emulator's control API turns it on for an account
// and reads the code an authenticator app would show now (mocks/emulator/control-totp.ts).
import type { Page } from '@playwright/test';
import { emulatorOrigin } from './ports';

async function control<T>(method: string, path: string): Promise<T> {
  const res = await fetch(`${emulatorOrigin}/__emulator${path}`, {
    method,
    ...(method === 'POST' ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {}),
  });
  if (!res.ok) throw new Error(`emulator ${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The authenticator's current code for the account. */
export const currentTotpCode = async (email: string) =>
  (await control<{ code: string }>('GET', `/accounts/${encodeURIComponent(email)}/totp-code`)).code;

/** Turns two-step authentication on (a new secret and 8 backup codes), as a finished setup. */
export const enableTwoStep = (email: string) =>
  control<{ secret: string; recoveryCodes: string[] }>(
    'POST',
    `/accounts/${encodeURIComponent(email)}/totp`,
  );

/** On a two-step code page: types the authenticator's current code and confirms it. */
export async function enterAuthenticatorCode(page: Page, email: string): Promise<void> {
  await page
    .getByRole('textbox', { name: 'Enter 6-digit code' })
    .fill(await currentTotpCode(email));
  await page.getByRole('button', { name: 'Confirm' }).click();
}
