// The Account recovery key in settings: create (password, step-up code, the key shown once, a
// hint), the key then opening the account's recovery data exactly as a reset would (kB), and
// removal. Upstream: settings/recoveryKey.spec.ts (reference recovery-2fa-mfa.md §2.3, §7).

import {
  decryptRecoveryData,
  parseRecoveryKey,
  recoveryKeyId,
} from '../../app/lib/crypto/recovery-key';
import { TestClient } from '../../mocks/emulator/testing/fxa-client.testutil';
import { onepwV1, unbundle, xorHex } from '../../mocks/emulator/testing/node-crypto.testutil';
import { expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { emulatorOrigin } from '../support/ports';
import { realUser, seedUser } from '../support/settings';
import { confirmStepUp } from '../support/step-up';

/** What the server holds for a key, read as the reset flow reads it (passwordForgot → reset). */
async function recoveryDataFor(email: string, id: string) {
  const c = new TestClient(emulatorOrigin);
  await c.post('/v1/password/forgot/send_otp', { email });
  const otp = await c.lastCode(email);
  const pft = await c.post('/v1/password/forgot/verify_otp', { email, code: otp });
  const art = await c.hawkPost(
    '/v1/password/forgot/verify_code',
    String(pft.body.token),
    { code: pft.body.code, accountResetWithRecoveryKey: true },
    'passwordForgotToken',
  );
  const got = await c.hawkGet(
    `/v1/recoveryKey/${id}`,
    String(art.body.accountResetToken),
    'accountResetToken',
  );
  return String(got.body.recoveryData);
}

async function kBOf(email: string, password: string) {
  const c = new TestClient(emulatorOrigin);
  const { authPW, unwrapBKey } = onepwV1(email, password);
  const login = await c.post('/v1/account/login?keys=true', { email, authPW });
  const kft = String(login.body.keyFetchToken);
  if (login.body.verified !== true) {
    const code = await c.lastCode(email);
    await c.post('/v1/session/verify_code', { code }, c.bearer(String(login.body.sessionToken)));
  }
  const keys = await c.hawkGet('/v1/account/keys', kft, 'keyFetchToken');
  return xorHex(unbundle(String(keys.body.bundle), kft).wrapKB, unwrapBKey);
}

test('create the account recovery key (shown once, it opens kB), then remove it', async ({
  page,
}) => {
  const user = await realUser('recovery-key');
  await seedUser(page, user);
  await page.goto('/settings');
  const row = page.getByTestId('recovery-key');
  await expect(row).toContainText('Not set');
  await row.getByRole('link', { name: 'Create' }).click();

  await expect(page).toHaveURL(/\/settings\/account_recovery$/);
  await page.getByLabel('Enter your password').fill(user.password);
  await page.getByRole('button', { name: 'Create account recovery key' }).click();
  await confirmStepUp(page, user.email);

  const shown = page.getByRole('status', { name: 'Your account recovery key' });
  await expect(shown).toHaveText(/^A[0-9A-Z]{3}( [0-9A-Z]{4}){7}$/);
  await expectNoA11yViolations(page);
  const key = parseRecoveryKey((await shown.textContent()) ?? '');
  expect(key).not.toBeNull();
  await page.getByLabel('Hint: where did you store the key? (optional)').fill('password manager');
  await page.getByRole('button', { name: 'Finish' }).click();

  await expect(page).toHaveURL(/\/settings$/);
  await expect(
    page.getByRole('status').filter({ hasText: 'Account recovery key created' }),
  ).toBeVisible();
  await expect(row).toContainText('Enabled');

  // The key opens what the server stores: the account's kB, as a reset would recover it.
  const id = await recoveryKeyId(key!, user.uid);
  const data = await recoveryDataFor(user.email, id);
  const opened = await decryptRecoveryData(key!, user.uid, data);
  expect(opened.kB).toBe(await kBOf(user.email, user.password));

  await row.getByRole('link', { name: 'Change or remove' }).click();
  await page.getByRole('button', { name: 'Remove key' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Account recovery key removed' }),
  ).toBeVisible();
  await expect(row).toContainText('Not set');
});
