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
  // Timers of 400 ms or more never fire in this page: had the app waited for its 500 ms
  // fxa_status timeout instead of Firefox's reply, it would never render (no clock assertion).
  await tab.evaluateOnNewDocument(holdLongTimers);

  await tab.goto(`${appOrigin}/settings`);
  await expect.poll(() => pathOf(tab)).toBe('/?redirect_to=%2Fsettings');
  expect(await isVisible(tab, byRole('heading', 'Enter your email'))).toBe(true);
  expect(await inputValueOf(tab, byRole('textbox', 'Email'))).toBe('');

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

function holdLongTimers() {
  const original = window.setTimeout.bind(window);
  const held = ((handler: TimerHandler, delay?: number, ...args: unknown[]) =>
    (delay ?? 0) >= 400 ? 0 : original(handler, delay, ...args)) as typeof window.setTimeout;
  window.setTimeout = held;
}
