// "Reconnect to Sync" in a real firefox-esr: Firefox signed in to Sync through the app, the
// session then ended on the server (as a password change elsewhere does), and the page Firefox
// opens for it, `/force_auth?email=…&uid=…&context=fx_desktop_v3&service=sync` (FxAccountsConfig
// adds the account's uid and email; upstream Backbone views/force_auth.js, functional-tests
// react-conversion/forceAuth.spec.ts), signs it in again: afterwards Firefox's own fxa_status
// reports the account with a new session that the server accepts. The page's other cases are in
// e2e/chromium/force-auth.spec.ts.
import type { Page } from 'puppeteer-core';
import { createAccount, endSessions, uniqueEmail, waitForCode } from '../support/emulator';
import { byRole, isVisible, textOf } from '../support/firefox-dom';
import { expect, test } from '../support/firefox-fixtures';
import {
  confirmEmailedCode,
  SYNC_SIGNIN,
  startSyncing,
  submitEmail,
  submitPassword,
} from '../support/firefox-sync';
import { readWire, requestFromFirefox, sentCommands } from '../support/firefox-wire';
import { appOrigin } from '../support/ports';
import { sessionAlive } from '../support/settings';

test.use({ deviceProfile: { signedIn: false, privateBrowsing: false } });

type StatusUser = { email: string; uid: string; sessionToken?: string; verified: boolean };

/** Firefox's own answer to fxa_status for Sync (firefox-device.md §4). */
async function firefoxStatusUser(tab: Page): Promise<StatusUser | null> {
  const outcome = await requestFromFirefox(tab, 'fxaccounts:fxa_status', {
    service: 'sync',
    context: 'fx_desktop_v3',
    isPairing: false,
  });
  if (outcome.kind !== 'reply') throw new Error(`fxa_status: ${outcome.kind}`);
  return (outcome.data as { signedInUser: StatusUser | null }).signedInUser;
}

/** Password, the emailed code, then "Start syncing": the app's Sync sign-in after its email. */
async function passwordCodeAndSync(tab: Page, email: string, previousCode?: string) {
  await submitPassword(tab);
  await confirmEmailedCode(tab, email, previousCode);
  await startSyncing(tab);
}

test('Reconnect to Sync: force_auth signs Firefox in again with a session the server accepts', async ({
  firefox,
  tab,
}) => {
  test.setTimeout(90_000);
  await firefox.forgetLastUser();
  const { email, uid } = await createAccount({ email: uniqueEmail('firefox-reconnect') });

  const first = await test.step('Firefox signs in to Sync through the app', async () => {
    await tab.goto(SYNC_SIGNIN);
    await submitEmail(tab, email);
    await passwordCodeAndSync(tab, email);
    await expect.poll(() => firefoxStatusUser(tab), { timeout: 15_000 }).toMatchObject({ uid });
    const user = await firefoxStatusUser(tab);
    if (!user?.sessionToken) throw new Error('Firefox holds no session');
    expect(await sessionAlive(user.sessionToken)).toBe(true);
    return { sessionToken: user.sessionToken, code: await waitForCode(email) };
  });

  await test.step('the session ends on the server', async () => {
    expect(await endSessions(email)).toEqual({ ended: 1 });
    expect(await sessionAlive(first.sessionToken)).toBe(false);
  });

  await test.step('the page Firefox opens to reconnect asks for that account’s password', async () => {
    const reconnect = new URLSearchParams({
      context: 'fx_desktop_v3',
      service: 'sync',
      entrypoint: 'menupanel',
      uid,
      email,
    });
    await tab.goto(`${appOrigin}/force_auth?${reconnect.toString()}`);
    await expect.poll(() => isVisible(tab, byRole('heading', 'Enter your password'))).toBe(true);
    expect(await textOf(tab, '.email')).toBe(email);
    expect(await isVisible(tab, 'input[name="email"]')).toBe(false);
    await passwordCodeAndSync(tab, email, first.code);
  });

  // Firefox was told as in any Sync sign-in, and now holds a new session the server accepts.
  const commands = sentCommands(await readWire(tab));
  expect(commands).toContain('fxaccounts:can_link_account');
  expect(commands).toContain('fxaccounts:login');
  await expect
    .poll(async () => (await firefoxStatusUser(tab))?.sessionToken, { timeout: 15_000 })
    .not.toBe(first.sessionToken);
  const now = await firefoxStatusUser(tab);
  expect(now).toMatchObject({ email, uid, verified: true });
  expect(await sessionAlive(now?.sessionToken ?? '')).toBe(true);
});
