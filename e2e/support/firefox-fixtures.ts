// Playwright fixtures for the real-Firefox suite (e2e/firefox). One Firefox per worker and per
// device profile, reused by every test of a file; each test gets a fresh user context (no site
// storage). The project runs one worker, so two Firefox instances never start at once.
import { writeFile } from 'node:fs/promises';
import { test as base, expect, type TestInfo } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { provisionAccount } from './firefox-accounts';
import { type FirefoxDevice, launchFirefoxDevice, type ProfileAccount } from './firefox-device';
import { appOrigin, emulatorOrigin } from './ports';

export type DeviceProfile = {
  /** The profile holds an account (signedInUser.json, firefox-device.md §3). */
  signedIn: boolean;
  /** `browser.privatebrowsing.autostart` (§4). */
  privateBrowsing: boolean;
};

/** First paint of what the app shows once the session is known (timed in the page). */
export const renderMarks = {
  settings: '[data-testid="primary-email"]',
  emailFirst: 'input[name="email"]',
};

type WorkerFixtures = {
  deviceProfile: DeviceProfile;
  /** The account Firefox's profile holds, or null when nobody is signed in. */
  profileUser: ProfileAccount | null;
  firefox: FirefoxDevice;
};
type TestFixtures = { tab: Page };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  deviceProfile: [
    { signedIn: false, privateBrowsing: false },
    { scope: 'worker', option: true },
  ],
  profileUser: [
    async ({ deviceProfile }, use) => {
      await use(deviceProfile.signedIn ? await provisionAccount('firefox') : null);
    },
    { scope: 'worker' },
  ],
  firefox: [
    async ({ deviceProfile, profileUser }, use) => {
      const firefox = await launchFirefoxDevice({
        appOrigin,
        emulatorOrigin,
        renderMarks,
        signedInUser: profileUser,
        privateBrowsing: deviceProfile.privateBrowsing,
      });
      try {
        await use(firefox);
      } finally {
        await firefox.close();
      }
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  tab: async ({ firefox }, use) => {
    const { page, close } = await firefox.openTab();
    // Console errors fail the test, as in fixtures.ts: a broken page must not pass quietly.
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e: unknown) => errors.push(e instanceof Error ? e.message : String(e)));
    await use(page);
    await close();
    expect(errors, 'console errors').toEqual([]);
  },
});

/** The profile's account, for files that `test.use` a signed-in profile. */
export function signedInProfileUser(user: ProfileAccount | null): ProfileAccount {
  if (!user) throw new Error('this file needs test.use({ deviceProfile: { signedIn: true, … } })');
  return user;
}

export { expect };

/**
 * Figures are recorded, not asserted: as annotations (shown by the JSON and HTML reporters) and
 * as test-results/<test>/firefox-timings.json, attached to the test.
 */
export async function recordTimings(
  testInfo: TestInfo,
  timings: Record<string, number | undefined>,
): Promise<void> {
  const rounded = Object.fromEntries(
    Object.entries(timings).map(([k, v]) => [
      k,
      v === undefined ? null : Math.round(v * 100) / 100,
    ]),
  );
  for (const [name, value] of Object.entries(rounded)) {
    testInfo.annotations.push({ type: `timing: ${name} (ms)`, description: String(value) });
  }
  const file = testInfo.outputPath('firefox-timings.json');
  await writeFile(file, `${JSON.stringify({ test: testInfo.title, ...rounded }, null, 2)}\n`);
  await testInfo.attach('firefox-timings.json', { path: file, contentType: 'application/json' });
}
