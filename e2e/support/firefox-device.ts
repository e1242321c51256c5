// A real firefox-esr as the FxA "device": the browser that answers the app's fxa_status.
// Recipe and every Firefox fact used here: ../../../shared/reference/firefox-device.md.
//
// Driver: puppeteer-core 24.43.1 over WebDriver BiDi, called from Playwright fixtures
// (firefox-fixtures.ts) so `npx playwright test` runs everything. Why not Playwright itself:
// - Playwright drives stock Firefox only through its `moz-firefox` BiDi channel, and has no raw
//   BiDi access, so no chrome scope: no default-branch prefs (the logout trap fix), no look at the
//   account Firefox holds, no merge dialog (§2, §5). Its only trap fix is a root-owned syspref
//   file with a fixed port, which clashes with E2E_APP_PORT and engineers sharing the machine.
// - Playwright 1.65 cannot open Firefox 153 at all (emulation.setMediaFeaturesOverride).
// puppeteer-core 24 supports Node 20 officially (25 wants Node 22) and was verified on 153 (§1).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type ChromeScope, chromeScope } from './firefox-chrome';
import { type FxaOrigins, fxaPrefs, fxaUrlPrefs, type PrefValue } from './firefox-prefs';
import { installWireRecorder } from './firefox-wire';

/** signedInUser.json's accountData: plaintext fields only (§3). */
export type ProfileAccount = {
  email: string;
  uid: string;
  sessionToken: string;
  verified: boolean;
};

export type FirefoxDeviceOptions = FxaOrigins & {
  /** Written to the profile's signedInUser.json before launch; null: nobody signed in. */
  signedInUser: ProfileAccount | null;
  /** `browser.privatebrowsing.autostart`: every window private (§4, "Allowed = …"). */
  privateBrowsing: boolean;
  /** Selectors whose first appearance each page times (see installWireRecorder). */
  renderMarks?: Record<string, string>;
  executablePath?: string;
  /**
   * A URL on Firefox's command line: the page it opens at launch, as after a session restore or
   * when a link starts the browser. Its tab is `startPage()`. The URL prefs are then left to
   * user.js and not pinned (no EnsureFxAccountsWebChannel() from the harness), so the channel
   * appears when Firefox itself registers it; such a device must not log out (§2, the trap).
   */
  startUrl?: string;
  /** More user prefs, applied last (pairing: allowHttp, its channel server, Sync's username). */
  prefs?: Record<string, PrefValue>;
};

export type FirefoxTab = { page: Page; close: () => Promise<void> };

export type FirefoxDevice = ChromeScope & {
  browser: Browser;
  /** A tab in a fresh BiDi user context: no cookies or site storage, recorder installed. */
  openTab: () => Promise<FirefoxTab>;
  /** The tab Firefox opened at launch on `startUrl` (no recorder: it loaded before any driver). */
  startPage: () => Promise<Page>;
  close: () => Promise<void>;
};

// Harness-only prefs, on top of what any local profile needs (firefox-prefs.ts).
const harnessPrefs: Record<string, PrefValue> = {
  // Sub-millisecond performance.now() for the recorded timings (§2, optional prefs).
  'privacy.reduceTimerPrecision': false,
};

export async function launchFirefoxDevice(options: FirefoxDeviceOptions): Promise<FirefoxDevice> {
  const profileDir = await mkdtemp(path.join(tmpdir(), 'fxa-firefox-device-'));
  let browser: Browser | undefined;
  try {
    if (options.signedInUser) {
      // Read by FxAccountsStorage at startup; ignored unless version is 1 (§3).
      const file = { version: 1, accountData: options.signedInUser };
      await writeFile(path.join(profileDir, 'signedInUser.json'), JSON.stringify(file));
    }
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: options.executablePath ?? process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      userDataDir: profileDir,
      // user.js: in force from the first instant, before the channel is registered.
      extraPrefsFirefox: {
        ...fxaPrefs(options),
        ...harnessPrefs,
        'browser.privatebrowsing.autostart': options.privateBrowsing,
        ...options.prefs,
      },
      // Allows `moz:scope: 'chrome'` over BiDi (firefox-chrome.ts).
      args: ['--remote-allow-system-access', ...(options.startUrl ? [options.startUrl] : [])],
      // Launch took 2.7–7 s on a 2-core VM (§1); leave room when the machine is busy.
      timeout: 60_000,
    });
    const chrome = chromeScope(browser);
    if (!options.startUrl) await chrome.pinUrlPrefs(fxaUrlPrefs(options));
    const launched = browser;
    return {
      ...chrome,
      browser: launched,
      openTab: async () => {
        const context = await launched.createBrowserContext();
        const page = await context.newPage();
        await page.evaluateOnNewDocument(installWireRecorder, options.renderMarks ?? {});
        return { page, close: () => context.close() };
      },
      startPage: async () => {
        const origin = new URL(options.startUrl ?? 'about:blank').origin;
        // The tab may still be on its initial about:blank when launch() resolves.
        for (let tries = 0; tries < 100; tries++) {
          const page = (await launched.pages()).find((p) => p.url().startsWith(origin));
          if (page) return page;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        throw new Error(`Firefox opened no tab on ${options.startUrl}`);
      },
      close: async () => {
        await launched.close();
        await rm(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => {});
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
}
