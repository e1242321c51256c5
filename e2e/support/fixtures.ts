import { test as base, type ConsoleMessage, expect, type Page } from '@playwright/test';
import type { DeviceConfig, RecordedMessage } from '../../mocks/device/simulator';
import { installDeviceSimulator } from '../../mocks/device/simulator';
import { emulatorOrigin } from './ports';

export const FIREFOX_UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0';
export const FXIOS_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/140.0 Mobile/15E148 Safari/605.1.15';

export const browserUser = {
  email: 'browser.user@example.com',
  uid: '0123456789abcdef0123456789abcdef',
  sessionToken: 'a1'.repeat(32),
  verified: true,
};

type Fixtures = {
  /** Installs the simulated Firefox in every document of the page, before the app runs. */
  device: (config: DeviceConfig) => Promise<void>;
  /** What the page sent to the device, in order. */
  sentMessages: () => Promise<RecordedMessage[]>;
  /**
   * Declares a console error the test provokes on purpose: the browser logs every 4xx/5xx
   * response as "Failed to load resource: …", so a test of a server error names the one it
   * expects. Any other console error still fails the test.
   */
  allowConsoleError: (pattern: RegExp) => void;
  allowedConsoleErrors: RegExp[];
};

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first.
  allowedConsoleErrors: async ({}, use) => {
    await use([]);
  },
  allowConsoleError: async ({ allowedConsoleErrors }, use) => {
    await use((pattern) => {
      allowedConsoleErrors.push(pattern);
    });
  },
  page: async ({ page, allowedConsoleErrors }, use) => {
    // Console errors fail the test (epic-stack's rule): a broken page must not pass quietly.
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !isAuthServerFailure(m)) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await use(page);
    // Filtered at the end: a test may declare an expected error after provoking it.
    const unexpected = errors.filter((e) => !allowedConsoleErrors.some((p) => p.test(e)));
    expect(unexpected, 'console errors').toEqual([]);
  },
  device: async ({ page }, use) => {
    await use(async (config) => {
      await page.addInitScript(installDeviceSimulator, { userAgent: FIREFOX_UA, ...config });
    });
  },
  sentMessages: async ({ page }, use) => {
    await use(() =>
      page.evaluate(
        () => (window as unknown as { __fxaDevice: { sent: RecordedMessage[] } }).__fxaDevice.sent,
      ),
    );
  },
});

export { expect };

/**
 * Chromium logs each 4xx/5xx answer and each failed request as "Failed to load resource". From
 * the auth server (the emulator) those are the failures tests provoke on purpose (a wrong
 * password, 429, 503, network down), and what the page makes of them is asserted on screen. Any
 * other console error still fails the test.
 */
function isAuthServerFailure(m: ConsoleMessage): boolean {
  return (
    m.text().startsWith('Failed to load resource') && m.location().url.startsWith(emulatorOrigin)
  );
}

export const commands = (messages: RecordedMessage[]) => messages.map((m) => m.command);

/** Seeds the upstream-format localStorage session before the app boots. */
export async function seedLocalAccount(page: Page, account: typeof browserUser) {
  await page.addInitScript((a) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('__fxa_storage.accounts', JSON.stringify({ [a.uid]: a }));
    localStorage.setItem('__fxa_storage.currentAccountUid', JSON.stringify(a.uid));
  }, account);
}
