import type { Page } from 'puppeteer-core';
import { lastEmail } from './emulator';
import { byRole, isVisible } from './firefox-dom';
import { expect } from './firefox-fixtures';

const DIALOG = 'dialog[open]';

/**
 * confirmStepUp (step-up.ts) for the real Firefox tab (puppeteer): waits for the "Enter
 * confirmation code" dialog, types the code the emulator emailed to `email`, confirms, and waits
 * for the dialog to close.
 */
export async function confirmStepUpInFirefox(tab: Page, email: string): Promise<void> {
  await expect.poll(() => isVisible(tab, byRole('dialog', 'Enter confirmation code'))).toBe(true);
  let code = '';
  await expect
    .poll(async () => {
      const mail = await lastEmail(email).catch(() => undefined);
      code = mail?.kind === 'verify-account-change' ? mail.code : '';
      return code;
    })
    .toMatch(/^\d{6}$/);
  await tab.locator(`${DIALOG} input[name="code"]`).fill(code);
  await tab.locator(byRole('button', 'Confirm')).click();
  await expect.poll(() => tab.$(DIALOG).then(Boolean)).toBe(false);
}
