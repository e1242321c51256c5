import { defineConfig } from '@playwright/test';
import { appOrigin, channelOrigin, emulatorOrigin, ports, relierOrigin } from './e2e/support/ports';

// @playwright/test is pinned to 1.64.1: 1.65 always sends the BiDi command
// emulation.setMediaFeaturesOverride, which Firefox ESR 153 lacks (../shared/reference/firefox-device.md).
// Browsers come from Debian (scripts/ensure-browsers.mjs), never from `playwright install`.
// The app under test talks to the e2e emulator, not the default one on :9000.
const buildEnv = [
  `VITE_AUTH_SERVER_URL=${emulatorOrigin}/v1`,
  `VITE_OAUTH_SERVER_URL=${emulatorOrigin}/v1`,
  `VITE_PROFILE_SERVER_URL=${emulatorOrigin}/profile/v1`,
].join(' ');
// The app (server/main.ts) reads it for its CSP and the client configuration it inlines.
process.env.PAIRING_SERVER_BASE_URI = channelOrigin;

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // 2 cores: one worker per project (below), so one Chromium and one Firefox at most at once.
  // Measured on 2 cores: two Chromium workers finish no sooner than one (CPU-bound), and each
  // test takes 2-3 times as long.
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // Traces cost about a sixth of the suite's time even when discarded; record them on demand
  // (`npx playwright test --trace on`) when a failure needs one.
  use: { baseURL: appOrigin, trace: 'off' },
  projects: [
    {
      name: 'chromium',
      testDir: './e2e/chromium',
      workers: 1,
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
          ],
        },
      },
    },
    {
      // Real firefox-esr as the device, driven by puppeteer-core from fixtures
      // (e2e/support/firefox-device.ts). One worker: a Firefox launch costs seconds and hundreds
      // of MB on 2 cores, so two never start at once; tests of a file share one browser.
      name: 'firefox',
      testDir: './e2e/firefox',
      fullyParallel: false,
      workers: 1,
    },
  ],
  webServer: [
    {
      // The production server (server/main.ts) with its real CSP: a violation is a console error,
      // which the fixtures turn into a failure.
      command: `${buildEnv} npx vite build --logLevel warn && PORT=${ports.app} EMULATOR_PORT=${ports.emulator} npx tsx server/main.ts`,
      url: appOrigin,
      reuseExistingServer: false,
      timeout: 300_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The auth/OAuth/profile emulator (mocks/), as the real HTTP server real Firefox also uses.
      command: `EMULATOR_PORT=${ports.emulator} CONTENT_ORIGIN=${appOrigin} RELIER_ORIGIN=${relierOrigin} npx tsx mocks/server/main.ts`,
      url: `${emulatorOrigin}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The Pocket-like demo relier (relier/), on its own origin like a real relier.
      command: `RELIER_PORT=${ports.relier} EMULATOR_ORIGIN=${emulatorOrigin} CONTENT_ORIGIN=${appOrigin} npx tsx relier/main.ts`,
      url: `${relierOrigin}/relier.css`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The local pairing channel server (server/channel-server/), as Firefox and /pair/supp use it.
      command: `CHANNEL_PORT=${ports.channel} npx tsx server/channel-server/main.ts`,
      url: `${channelOrigin.replace(/^ws/, 'http')}/__lbheartbeat__`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
