// A page script (an XSS, an extension's content script) can dispatch WebChannelMessageToContent
// itself, but its events are untrusted; real Firefox's replies are trusted. The app hears only
// trusted ones (security reference A9), so a forged fxa_status reply that arrives first, naming
// the attacker's account, is ignored and Firefox's own answer is used.
import { byTestId, textOf } from '../support/firefox-dom';
import { expect, signedInProfileUser, test } from '../support/firefox-fixtures';
import { appOrigin } from '../support/ports';

test.use({ deviceProfile: { signedIn: true, privateBrowsing: false } });

const attacker = {
  email: 'attacker@example.com',
  uid: 'badbadbadbadbadbadbadbadbadbadba',
  sessionToken: 'bad0'.repeat(16),
  verified: true,
};

/** Before any app script: answer every fxa_status request at once with the attacker's account. */
function forgeReplies(forged: typeof attacker) {
  window.addEventListener(
    'WebChannelMessageToChrome',
    (event) => {
      const detail = (event as CustomEvent).detail;
      const request = JSON.parse(typeof detail === 'string' ? detail : '{}');
      if (request?.message?.command !== 'fxaccounts:fxa_status') return;
      const { messageId } = request.message;
      (window as unknown as { forgedSent: number }).forgedSent = 1;
      window.dispatchEvent(
        new CustomEvent('WebChannelMessageToContent', {
          detail: {
            id: 'account_updates',
            message: {
              command: 'fxaccounts:fxa_status',
              messageId,
              data: { signedInUser: forged, capabilities: { engines: [] } },
            },
          },
        }),
      );
    },
    true,
  );
}

test('a forged fxa_status reply from a page script is ignored; Firefox’s own answer wins', async ({
  tab,
  profileUser,
}) => {
  const firefoxUser = signedInProfileUser(profileUser);
  await tab.evaluateOnNewDocument(forgeReplies, attacker);
  await tab.goto(`${appOrigin}/settings`);
  await expect.poll(() => textOf(tab, byTestId('primary-email'))).toBe(firefoxUser.email);
  // The forgery did happen, first; it just was not believed.
  expect(await tab.evaluate(() => (window as unknown as { forgedSent?: number }).forgedSent)).toBe(
    1,
  );
  expect(
    await tab.evaluate(() => localStorage.getItem('__fxa_storage.accounts') ?? ''),
  ).not.toContain('attacker');
});
