import { defineConfig } from '@playwright/test';
import { appOrigin, ports } from './e2e/support/ports';

// @playwright/test is pinned to 1.64.1: 1.65 always sends the BiDi command
// emulation.setMediaFeaturesOverride, which Firefox ESR 153 lacks (../shared/reference/firefox-device.md).
// Browsers come from Debian (scripts/ensure-browsers.mjs), never from `playwright install`.
export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // 2 cores: two workers keep the machine responsive.
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: { baseURL: appOrigin, trace: 'retain-on-failure' },
  projects: [
    {
      name: 'chromium',
      testDir: './e2e/chromium',
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
  ],
  webServer: [
    {
      command: `npx vite build --logLevel warn && npx vite preview --port ${ports.app} --strictPort`,
      url: appOrigin,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
