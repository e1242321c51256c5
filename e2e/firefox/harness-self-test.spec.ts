// HARNESS SELF-TEST, not an app scenario: it drives the WebChannel by hand from the page, with no
// app UI in between, so a failure here points at the harness (the pref trap, the merge dialog)
// rather than at the app's flows. A fresh profile (its own worker): it changes who Firefox holds.
import { provisionAccount } from '../support/firefox-accounts';
import { byTestId, textOf } from '../support/firefox-dom';
import { expect, test } from '../support/firefox-fixtures';
import { requestFromFirefox } from '../support/firefox-wire';
import { appOrigin } from '../support/ports';

test.use({ deviceProfile: { signedIn: false, privateBrowsing: false } });

// Not an account the merge warning's hash could match: only asked about, never signed in.
const otherUser = { email: 'other.user@example.com', uid: '9876543210fedcba9876543210fedcba' };
const LAST_USER_PREF = 'identity.fxaccounts.lastSignedInUserIdHash';

test('harness self-test: login then logout keeps the channel on the app (the user-pref trap)', async ({
  firefox,
  tab,
}) => {
  // A real session: Firefox registers a device with it right after the login (§4, §7).
  const newUser = await provisionAccount('login');
  await tab.goto(`${appOrigin}/`);

  const login = await requestFromFirefox(tab, 'fxaccounts:login', newUser);
  expect(login).toEqual({ kind: 'reply', data: { ok: true } });
  expect(await firefox.signedInUser()).toEqual(newUser);
  // The page sees it too: Firefox now answers fxa_status with this user.
  await tab.goto(`${appOrigin}/settings`);
  await expect.poll(() => textOf(tab, byTestId('primary-email'))).toBe(newUser.email);

  // logout runs resetConfigURLs(). With user prefs only, this reply never comes and the channel
  // moves to accounts.firefox.com (firefox-device.md §2); the default-branch copy prevents it.
  const logout = await requestFromFirefox(tab, 'fxaccounts:logout', { uid: newUser.uid });
  expect(logout).toEqual({ kind: 'reply', data: { ok: true } });
  expect(await firefox.signedInUser()).toBeNull();
  expect(await firefox.stringPref('identity.fxaccounts.remote.root')).toBe(`${appOrigin}/`);

  const status = await requestFromFirefox(tab, 'fxaccounts:fxa_status', {
    service: '',
    context: '',
    isPairing: false,
  });
  expect(status).toMatchObject({ kind: 'reply', data: { signedInUser: null } });
});

test('harness self-test: the merge warning is answered, or avoided by forgetting the last user', async ({
  firefox,
  tab,
}) => {
  const newUser = await provisionAccount('merge');
  await tab.goto(`${appOrigin}/`);
  // A WebChannel login remembers the user's uid hash; a different account then gets a warning.
  expect(await requestFromFirefox(tab, 'fxaccounts:login', newUser)).toMatchObject({
    kind: 'reply',
  });
  expect(await firefox.hasUserPref(LAST_USER_PREF)).toBe(true);
  expect(await requestFromFirefox(tab, 'fxaccounts:logout', { uid: newUser.uid })).toEqual({
    kind: 'reply',
    data: { ok: true },
  });

  // The reply waits for the (chrome) dialog: cancel answers `ok: false`.
  const cancelled = requestFromFirefox(tab, 'fxaccounts:can_link_account', otherUser, 15_000);
  await firefox.answerDialog('cancel');
  expect(await cancelled).toEqual({ kind: 'reply', data: { ok: false } });

  const accepted = requestFromFirefox(tab, 'fxaccounts:can_link_account', otherUser, 15_000);
  await firefox.answerDialog('accept');
  expect(await accepted).toEqual({ kind: 'reply', data: { ok: true } });

  // Forgetting the last user: no dialog at all, the answer comes at once.
  await firefox.forgetLastUser();
  expect(await firefox.hasUserPref(LAST_USER_PREF)).toBe(false);
  expect(await requestFromFirefox(tab, 'fxaccounts:can_link_account', otherUser, 2_000)).toEqual({
    kind: 'reply',
    data: { ok: true },
  });
});
