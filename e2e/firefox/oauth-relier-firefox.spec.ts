// The relier round trip in a real firefox-esr whose profile holds a signed-in account (issue 7's
// "done when"; fxa-upstream.md §7 scenario 11): the Pocket-like relier on its own origin, the app
// asks Firefox over the WebChannel (only the app's origin is the channel's), the user continues
// in one click without a password, and the relier shows who signed in. No site storage: each
// test has a fresh user context.
import type { Page } from 'puppeteer-core';
import { byRole, isVisible, pathOf, textOf } from '../support/firefox-dom';
import { expect, recordTimings, signedInProfileUser, test } from '../support/firefox-fixtures';
import { exchange, readWire, sentCommands } from '../support/firefox-wire';
import { RELIERS } from '../support/oauth';
import { appOrigin } from '../support/ports';

test.use({ deviceProfile: { signedIn: true, privateBrowsing: false } });

/**
 * Clicks the first element matching, once it is there and steady. A locator, not a held element
 * handle: React may replace the node between finding and clicking (the button re-rendered once
 * its data arrived), and a stale handle fails with "no such node": the click is tried again on
 * the node that is there then.
 */
async function click(tab: Page, selector: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      await tab.locator(selector).setTimeout(10_000).click();
      return;
    } catch (error) {
      if (attempt === 3 || !/no such node|detached/i.test(String(error))) throw error;
    }
  }
}

const pageText = (tab: Page) => textOf(tab, 'body');

test('Pocket demo → /authorization → Continue → the relier shows the account Firefox holds', async ({
  firefox,
  tab,
  profileUser,
}, testInfo) => {
  const firefoxUser = signedInProfileUser(profileUser);
  expect(await firefox.signedInUser()).toEqual(firefoxUser);

  await tab.goto(RELIERS.pocket.home);
  expect(await isVisible(tab, byRole('heading', 'Pocket (demo)'))).toBe(true);
  await click(tab, byRole('link', 'Sign in with Firefox'));

  // On the app's origin: Firefox answered fxa_status with its account, for this relier.
  await expect.poll(() => new URL(tab.url()).origin).toBe(appOrigin);
  expect(pathOf(tab)).toMatch(/^\/authorization\?/);
  await expect.poll(() => pageText(tab)).toContain(`You are signed in to Firefox as`);
  expect(await pageText(tab)).toContain(firefoxUser.email);
  expect(await tab.$('input[type="password"]')).toBeNull();
  const wire = await readWire(tab);
  const status = exchange(wire, 'fxaccounts:fxa_status');
  expect(status.request?.data).toEqual({
    service: RELIERS.pocket.clientId,
    context: '',
    isPairing: false,
  });
  expect(status.reply?.data).toMatchObject({
    signedInUser: { email: firefoxUser.email, uid: firefoxUser.uid, verified: true },
  });

  const clickedAt = Date.now();
  await click(tab, '::-p-text(Continue as)');
  await expect
    .poll(() => pageText(tab), { timeout: 10_000 })
    .toContain(`Signed in as ${firefoxUser.email}`);
  expect(tab.url()).toBe(RELIERS.pocket.home);
  await recordTimings(testInfo, {
    fxaStatusRoundTrip: status.roundTripMs,
    clickToRelierSignedIn: Date.now() - clickedAt,
  });

  // The relier can sign out, and signing in again is one click again.
  await click(tab, byRole('button', 'Sign out'));
  await expect.poll(() => pageText(tab)).toContain('Sign in with Firefox');
  await click(tab, byRole('link', 'Sign in with Firefox'));
  await click(tab, '::-p-text(Continue as)');
  await expect
    .poll(() => pageText(tab), { timeout: 10_000 })
    .toContain(`Signed in as ${firefoxUser.email}`);
});

test('prompt=none with the account Firefox holds: signed in without a page in between', async ({
  tab,
  profileUser,
}) => {
  const firefoxUser = signedInProfileUser(profileUser);
  await tab.goto(`${RELIERS.trusted.home}login?prompt=none`);
  await expect
    .poll(() => pageText(tab), { timeout: 10_000 })
    .toContain(`Signed in as ${firefoxUser.email}`);
});

test('the relier’s own pages never talk to Firefox; only the app’s origin does', async ({
  tab,
}) => {
  await tab.goto(RELIERS.pocket.home);
  expect(sentCommands(await readWire(tab))).toEqual([]);
  await click(tab, byRole('link', 'Sign in with Firefox'));
  await expect.poll(() => pageText(tab)).toContain('Continue as');
  expect(sentCommands(await readWire(tab))).toContain('fxaccounts:fxa_status');
});
