// Sync sign-in of an account with two-step authentication in a real firefox-esr: after the
// password comes the authenticator's code (no emailed code, and no fxaccounts:login before it:
// upstream FXA-9837), then Firefox holds a verified session that the server accepts at the
// account's assurance level: a fresh tab with no site storage opens /settings on it, which a
// one-step session of this account would be refused (errno 222).
import { createAccount, uniqueEmail } from '../support/emulator';
import { byRole, byTestId, isVisible, pathOf, textOf } from '../support/firefox-dom';
import { expect, test } from '../support/firefox-fixtures';
import { readWire, sentCommands } from '../support/firefox-wire';
import { appOrigin } from '../support/ports';
import { currentTotpCode, enableTwoStep } from '../support/two-step';

test.use({ deviceProfile: { signedIn: false, privateBrowsing: false } });

const SYNC = `${appOrigin}/?context=fx_desktop_v3&service=sync&action=email`;
const PASSWORD = 'correct horse battery';

test('Sync sign-in with two-step authentication: the code, then Firefox holds a verified session', async ({
  firefox,
  tab,
}) => {
  await firefox.forgetLastUser();
  expect(await firefox.signedInUser()).toBeNull();
  const { email, uid } = await createAccount({ email: uniqueEmail('firefox-2fa') });
  await enableTwoStep(email);

  await tab.goto(SYNC);
  await tab.locator(byRole('textbox', 'Email')).fill(email);
  await tab.locator(byRole('button', 'Sign up or sign in')).click();
  await tab.locator('input[name="password"]').fill(PASSWORD);
  await tab.locator(byRole('button', 'Sign in')).click();

  await expect.poll(() => pathOf(tab)).toMatch(/^\/signin_totp_code\?/);
  await expect
    .poll(() => isVisible(tab, byRole('heading', 'Enter two-step authentication code')))
    .toBe(true);
  // Firefox has not been told anything yet: it never holds an unverified session here.
  expect(sentCommands(await readWire(tab))).not.toContain('fxaccounts:login');
  await tab.locator(byRole('textbox', 'Enter 6-digit code')).fill(await currentTotpCode(email));
  await tab.locator(byRole('button', 'Confirm')).click();

  await expect.poll(() => pathOf(tab)).toMatch(/^\/choose_what_to_sync\?/);
  await tab.locator(byRole('button', 'Start syncing')).click();
  await expect
    .poll(() => isVisible(tab, byRole('heading', 'You’re signed into Firefox')))
    .toBe(true);

  const stored = await tab.evaluate(
    (id) => JSON.parse(localStorage.getItem('__fxa_storage.accounts') ?? '{}')[id],
    uid,
  );
  await expect
    .poll(() => firefox.signedInUser(), { timeout: 15_000 })
    .toEqual({ email, uid, verified: true, sessionToken: stored.sessionToken });
  expect(sentCommands(await readWire(tab))).toEqual([
    'fxaccounts:fxa_status',
    'fxaccounts:loaded',
    'fxaccounts:can_link_account',
    'fxaccounts:login',
  ]);

  // The server accepts what Firefox holds: /settings opens on it in a tab with no site storage.
  const fresh = await firefox.openTab();
  const errors: string[] = [];
  fresh.page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  try {
    await fresh.page.goto(`${appOrigin}/settings`);
    await expect.poll(() => textOf(fresh.page, byTestId('primary-email'))).toBe(email);
    expect(pathOf(fresh.page)).toBe('/settings');
    expect(errors).toEqual([]);
  } finally {
    await fresh.close();
  }
});
