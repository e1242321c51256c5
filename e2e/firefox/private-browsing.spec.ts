// Private browsing (`browser.privatebrowsing.autostart`): Firefox shares its account with a page
// only for Sync or pairing (`!privateBrowsing || service === 'sync' || isPairing`,
// firefox-device.md §4). An OAuth relier is told nobody is signed in; Sync still gets the user.
import { byRole, byTestId, inputValueOf, isVisible, pathOf, textOf } from '../support/firefox-dom';
import { expect, signedInProfileUser, test } from '../support/firefox-fixtures';
import { exchange, readWire } from '../support/firefox-wire';
import { appOrigin } from '../support/ports';

test.use({ deviceProfile: { signedIn: true, privateBrowsing: true } });

const relier = 'client_id=dcdb5ae7add825d2&state=x&scope=profile';

test('an OAuth relier gets no user in a private window; Sync in the same window does', async ({
  firefox,
  tab,
  profileUser,
}) => {
  const firefoxUser = signedInProfileUser(profileUser);
  // Preconditions from Firefox itself: every window is private, and it does hold the account.
  const privateOnly = await firefox.evaluate(
    `return ChromeUtils.importESModule('resource://gre/modules/PrivateBrowsingUtils.sys.mjs')
       .PrivateBrowsingUtils.permanentPrivateBrowsing;`,
  );
  expect(privateOnly).toBe(true);
  expect(await firefox.signedInUser()).toMatchObject({ email: firefoxUser.email });

  // The relier's status request (service = its client_id, no context) is answered with no user.
  await tab.goto(`${appOrigin}/authorization?${relier}`);
  await expect
    .poll(async () => exchange(await readWire(tab), 'fxaccounts:fxa_status').reply?.data)
    .toMatchObject({ signedInUser: null });
  expect(exchange(await readWire(tab), 'fxaccounts:fxa_status').request?.data).toEqual({
    service: 'dcdb5ae7add825d2',
    context: '',
    isPairing: false,
  });

  // What the user sees for that relier: signed out, asked for an email, nothing prefilled.
  await tab.goto(`${appOrigin}/settings?${relier}`);
  await expect.poll(() => pathOf(tab)).toBe(`/?${relier}&redirect_to=%2Fsettings`);
  expect(await inputValueOf(tab, byRole('textbox', 'Email'))).toBe('');

  // Sync, same private window: Firefox allows it, so sign-in goes on with its account (the
  // password is still asked: Sync always needs it)…
  await tab.goto(`${appOrigin}/?service=sync&context=fx_desktop_v3`);
  await expect.poll(() => pathOf(tab)).toBe('/signin?service=sync&context=fx_desktop_v3');
  expect(await isVisible(tab, `::-p-text(${firefoxUser.email})`)).toBe(true);
  expect(await isVisible(tab, 'input[type="password"]')).toBe(true);
  expect(exchange(await readWire(tab), 'fxaccounts:fxa_status').reply?.data).toMatchObject({
    signedInUser: { email: firefoxUser.email, uid: firefoxUser.uid },
  });

  // …and Sync's settings open on the browser's account.
  await tab.goto(`${appOrigin}/settings?service=sync&context=fx_desktop_v3`);
  await expect.poll(() => textOf(tab, byTestId('primary-email'))).toBe(firefoxUser.email);
});
