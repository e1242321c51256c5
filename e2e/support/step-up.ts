import { expect, type Page } from '@playwright/test';
import { lastEmail } from './emulator';

/**
 * Confirms the step-up dialog (app/features/settings/step-up): waits for it, reads the code the
 * emulator emailed to `email` (the account's primary address), types it and confirms. Resolves
 * once the dialog has closed.
 */
export async function confirmStepUp(page: Page, email: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Enter confirmation code' });
  await expect(dialog).toBeVisible();
  let code = '';
  await expect
    .poll(async () => {
      const mail = await lastEmail(email).catch(() => undefined);
      code = mail?.kind === 'verify-account-change' ? mail.code : '';
      return code;
    })
    .toMatch(/^\d{6}$/);
  await dialog.getByLabel('Enter 6-digit code').fill(code);
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(dialog).toBeHidden();
}
