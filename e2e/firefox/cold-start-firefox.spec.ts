// /settings as the page Firefox opens at launch (issue #20, item 1): the URL is on Firefox's
// command line, as after a session restore or when a settings link starts the browser. Until
// Firefox registers its WebChannel (an idle task after the first window's startup), every
// fxa_status gets `No Such Channel`; the page renders its fallback, asks again briefly, and shows
// the account Firefox holds once it answers (app/bootstrap/bootstrap-session.ts).
import type { Page } from 'puppeteer-core';
import { launchFirefoxDevice } from '../support/firefox-device';
import { byRole, byTestId, isVisible, pathOf, textOf } from '../support/firefox-dom';
import { expect, recordTimings, signedInProfileUser, test } from '../support/firefox-fixtures';
import { requestFromFirefox } from '../support/firefox-wire';
import { appOrigin, emulatorOrigin } from '../support/ports';

test.use({ deviceProfile: { signedIn: true, privateBrowsing: false } });

type Shown = { at: number; timeOrigin: number };

/**
 * When the account's email first shows, in the page's clock (ms since navigation start), read
 * every ~20 ms: a figure to record, not to assert.
 */
async function whenEmailShows(page: Page, email: string): Promise<Shown | undefined> {
  const script = `(() => {
    const el = document.querySelector(${JSON.stringify(byTestId('primary-email'))});
    return el && el.textContent === ${JSON.stringify(email)}
      ? { at: performance.now(), timeOrigin: performance.timeOrigin }
      : null;
  })()`;
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const shown = (await page.evaluate(script).catch(() => null)) as Shown | null;
    if (shown) return shown;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return undefined;
}

test('/settings opened at Firefox’s launch shows the account Firefox holds', async ({
  profileUser,
}, testInfo) => {
  test.setTimeout(120_000);
  const user = signedInProfileUser(profileUser);
  const launchedAt = Date.now();
  const firefox = await launchFirefoxDevice({
    appOrigin,
    emulatorOrigin,
    signedInUser: user,
    privateBrowsing: false,
    startUrl: `${appOrigin}/settings`,
  });
  try {
    const page = await firefox.startPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const shown = await whenEmailShows(page, user.email);
    // If it never showed: where the page is, and what Firefox answers now (tokens left out).
    if (!shown) {
      const now = await requestFromFirefox(page, 'fxaccounts:fxa_status', {
        service: '',
        context: '',
        isPairing: false,
      });
      const held = await firefox.signedInUser();
      const reply =
        now.kind === 'reply' ? (now.data as { signedInUser?: Record<string, unknown> }) : null;
      testInfo.annotations.push({
        type: 'diagnosis',
        description: JSON.stringify({
          path: pathOf(page),
          firefoxNow: now.kind,
          userInReply: Boolean(reply?.signedInUser),
          tokenInReply: Boolean(reply?.signedInUser?.sessionToken),
          firefoxHolds: held
            ? { verified: held.verified, token: Boolean(held.sessionToken) }
            : null,
        }),
      });
    }

    // Where the page ends: the account's settings, not email-first.
    expect(shown, JSON.stringify(testInfo.annotations)).toBeDefined();
    await expect.poll(() => textOf(page, byTestId('primary-email'))).toBe(user.email);
    expect(await isVisible(page, byRole('heading', 'Settings'))).toBe(true);
    expect(pathOf(page)).toBe('/settings');
    expect(await page.$('input[name="email"]')).toBeNull();
    expect(errors, 'console errors').toEqual([]);

    // When the session became known: the settings requests leave at once (resource timing).
    const phases = (await page.evaluate(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const account = performance
        .getEntriesByType('resource')
        .find((e) => new URL(e.name).pathname.endsWith('/v1/account'));
      return { domContentLoaded: nav?.domContentLoadedEventEnd, accountRequest: account?.startTime };
    })()`)) as { domContentLoaded?: number; accountRequest?: number };
    await recordTimings(testInfo, {
      domContentLoaded: phases.domContentLoaded,
      accountRequestFromNavigationStart: phases.accountRequest,
      accountShownFromNavigationStart: shown?.at,
      accountShownFromLaunch: shown ? shown.timeOrigin + shown.at - launchedAt : undefined,
      navigationStartFromLaunch: shown ? shown.timeOrigin - launchedAt : undefined,
    });
  } finally {
    await firefox.close();
  }
});
