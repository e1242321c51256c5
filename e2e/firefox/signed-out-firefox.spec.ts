// A real firefox-esr with nobody signed in: it answers fxa_status with `signedInUser: null`
// (firefox-device.md §4), and the app must fall back to its own sign-in at once, without waiting
// for its 500 ms timeout.
import { byRole, inputValueOf, isVisible, pathOf } from '../support/firefox-dom';
import { expect, recordTimings, test } from '../support/firefox-fixtures';
import { exchange, readWire } from '../support/firefox-wire';
import { appOrigin } from '../support/ports';

test.use({ deviceProfile: { signedIn: false, privateBrowsing: false } });

test('/settings falls back to email-first right after Firefox says nobody is signed in', async ({
  firefox,
  tab,
}, testInfo) => {
  expect(await firefox.signedInUser()).toBeNull();
  // The app's 500 ms fxa_status timeout never fires in this page, so only Firefox's reply can
  // release the first render: if the page waited for the timeout, email-first would never come.
  // (Clock-independent, like the simulated "No Such Channel" test; the timings are recorded.)
  await tab.evaluateOnNewDocument(() => {
    const page = window as unknown as { __heldTimeouts: number };
    page.__heldTimeouts = 0;
    const realSetTimeout = window.setTimeout.bind(window);
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
      if (delay !== 500) return realSetTimeout(handler, delay, ...args);
      page.__heldTimeouts++;
      return 0;
    }) as typeof window.setTimeout;
  });

  await tab.goto(`${appOrigin}/settings`);
  await expect.poll(() => pathOf(tab)).toBe('/?redirect_to=%2Fsettings');
  expect(await isVisible(tab, byRole('heading', 'Enter your email'))).toBe(true);
  expect(await inputValueOf(tab, byRole('textbox', 'Email'))).toBe('');
  // The app did arm its timeout, and it was held back: the reply alone rendered the page.
  expect(
    await tab.evaluate(() => (window as unknown as { __heldTimeouts: number }).__heldTimeouts),
  ).toBe(1);

  const wire = await readWire(tab);
  const status = exchange(wire, 'fxaccounts:fxa_status');
  // Firefox answered (so nothing timed out) and had nobody to give.
  expect(status.reply?.data).toMatchObject({ signedInUser: null });

  const sentAt = status.request?.at ?? Number.NaN;
  const renderedAt = wire.marks.emailFirst ?? Number.NaN;
  await recordTimings(testInfo, {
    fxaStatusSentAt: sentAt,
    fxaStatusRoundTrip: status.roundTripMs,
    navigationToEmailFirst: renderedAt,
    fxaStatusSentToEmailFirst: renderedAt - sentAt,
  });
});
