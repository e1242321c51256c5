// A real firefox-esr whose profile holds a signed-in account (signedInUser.json,
// firefox-device.md §3) answers the app's fxa_status: the heart of the device status exchange.
import { byRole, byTestId, isVisible, pathOf, textOf } from '../support/firefox-dom';
import { expect, recordTimings, signedInProfileUser, test } from '../support/firefox-fixtures';
import { exchange, readWire, sentCommands } from '../support/firefox-wire';
import { appOrigin } from '../support/ports';

test.use({ deviceProfile: { signedIn: true, privateBrowsing: false } });

test('/settings with no site storage opens on the account Firefox holds', async ({
  firefox,
  tab,
  profileUser,
}, testInfo) => {
  const firefoxUser = signedInProfileUser(profileUser);
  expect(firefoxUser.uid).toMatch(/^[0-9a-f]{32}$/);
  expect(firefoxUser.sessionToken).toMatch(/^[0-9a-f]{64}$/);
  // Precondition, from Firefox itself: the profile's account is loaded, token and all.
  expect(await firefox.signedInUser()).toEqual(firefoxUser);

  await tab.goto(`${appOrigin}/settings`); // a fresh user context: no cookies, no storage
  await expect.poll(() => textOf(tab, byTestId('primary-email'))).toBe(firefoxUser.email);
  expect(await isVisible(tab, byRole('heading', 'Settings'))).toBe(true);
  expect(pathOf(tab)).toBe('/settings');

  // The account came from Firefox's reply, not from anywhere else.
  const wire = await readWire(tab);
  const status = exchange(wire, 'fxaccounts:fxa_status');
  expect(status.reply?.data).toMatchObject({
    signedInUser: { email: firefoxUser.email, uid: firefoxUser.uid, verified: true },
  });
  const sentAt = status.request?.at;
  await recordTimings(testInfo, {
    fxaStatusSentAt: sentAt,
    fxaStatusRoundTrip: status.roundTripMs,
    navigationToSettings: wire.marks.settings,
    fxaStatusSentToSettings:
      wire.marks.settings !== undefined && sentAt !== undefined
        ? wire.marks.settings - sentAt
        : undefined,
  });
});

test('the page sends fxa_status once, then fxaccounts:loaded; Firefox’s error reply to loaded is harmless', async ({
  tab,
  profileUser,
}) => {
  const firefoxUser = signedInProfileUser(profileUser);
  await tab.goto(`${appOrigin}/settings`);
  await expect.poll(() => textOf(tab, byTestId('primary-email'))).toBe(firefoxUser.email);

  // Firefox has no handler for `loaded` and answers it with an error (§4, "unknown"). Wait for
  // that reply, so a console error it might cause is caught by the fixture.
  await expect
    .poll(async () => exchange(await readWire(tab), 'fxaccounts:loaded').reply?.data)
    .toMatchObject({ error: { message: expect.any(String) } });

  const wire = await readWire(tab);
  expect(sentCommands(wire)).toEqual(['fxaccounts:fxa_status', 'fxaccounts:loaded']);
  // Both went out as strings on the right channel: Firefox answered each by its messageId.
  expect(exchange(wire, 'fxaccounts:fxa_status').reply).toBeDefined();
  // And the page still shows the account after the error reply.
  expect(await textOf(tab, byTestId('primary-email'))).toBe(firefoxUser.email);
});
