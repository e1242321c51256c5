import type { Page } from '@playwright/test';
import type { DeviceConfig } from '../../mocks/device/simulator';
import {
  browserUser,
  commands,
  expect,
  FXIOS_UA,
  seedLocalAccount,
  test,
} from '../support/fixtures';
import { realUser, sessionOf } from '../support/settings';
import { continueAs } from '../support/signin-steps';

// Settings loads the account as soon as it opens, so a signed-in page needs a session the
// emulator knows (a made-up token would be refused at once): each test makes its own.
const deviceUser = async () => sessionOf(await realUser('device'));
const storedUser = async () => sessionOf(await realUser('stored'));

/**
 * Fake timers that do not move until the test says so (page.clock.runFor). They start at the
 * real time: settings' requests carry Hawk timestamps the emulator checks against its clock.
 */
async function freezeTimers(page: Page) {
  const now = Date.now();
  await page.clock.install({ time: now });
  // A second ahead: the installed clock ticks until paused, and pauseAt cannot go back.
  await page.clock.pauseAt(now + 1_000);
}

type Device = (config: DeviceConfig) => Promise<void>;

/**
 * Opens /settings with an account already in storage and the device set up as `config` says;
 * `frozen`: the page's timers do not move until the test says so (freezeTimers). Returns the
 * stored account.
 */
async function openSettingsWithStoredAccount(
  page: Page,
  device: Device,
  config: DeviceConfig,
  { frozen }: { frozen: boolean },
) {
  const localUser = await storedUser();
  if (frozen) await freezeTimers(page);
  await seedLocalAccount(page, localUser);
  await device(config);
  await page.goto('/settings');
  return localUser;
}

test.describe('device status exchange before first render (simulated Firefox)', () => {
  test('/settings with no cookies or storage opens on the device’s account', async ({
    page,
    device,
    context,
  }) => {
    const browserUser = await deviceUser();
    await context.clearCookies();
    await device({ signedInUser: browserUser });
    await page.goto('/settings');
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    await expect(page.getByTestId('primary-email')).toHaveText(browserUser.email);
    await expect(page).toHaveURL(/\/settings$/);
  });

  test('fxa_status is sent once, before fxaccounts:loaded', async ({
    page,
    device,
    sentMessages,
  }) => {
    await device({ signedInUser: await deviceUser() });
    await page.goto('/settings');
    await expect(page.getByTestId('primary-email')).toBeVisible();
    await expect
      .poll(async () => commands(await sentMessages()))
      .toEqual(['fxaccounts:fxa_status', 'fxaccounts:loaded']);
  });

  test('an OAuth relier’s URL (no context) still asks the device', async ({
    page,
    device,
    sentMessages,
  }) => {
    await device({ signedInUser: browserUser });
    await page.goto('/authorization?client_id=dcdb5ae7add825d2&state=abc&scope=profile');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const [status] = await sentMessages();
    expect(status).toMatchObject({
      command: 'fxaccounts:fxa_status',
      data: { service: 'dcdb5ae7add825d2', context: '', isPairing: false },
    });
  });

  test('a Chrome user agent sends no WebChannel message and renders at once', async ({
    page,
    device,
    sentMessages,
  }) => {
    // Timers frozen: if the page waited for any timeout, it would never render.
    const localUser = await openSettingsWithStoredAccount(
      page,
      device,
      { signedInUser: browserUser, userAgent: undefined, noReply: true },
      { frozen: true },
    );
    await expect(page.getByTestId('primary-email')).toHaveText(localUser.email);
    expect(await sentMessages()).toEqual([]);
  });

  test('no reply: falls back to the stored account after the timeout', async ({
    page,
    device,
    sentMessages,
  }) => {
    const localUser = await openSettingsWithStoredAccount(
      page,
      device,
      { signedInUser: browserUser, noReply: true },
      { frozen: false },
    );
    await expect(page.getByTestId('primary-email')).toHaveText(localUser.email);
    // `loaded` waits for the exchange's 500 ms timeout, which the stored account's content may
    // beat (it renders after 300 ms).
    await expect
      .poll(async () => commands(await sentMessages()))
      .toEqual(['fxaccounts:fxa_status', 'fxaccounts:loaded']);
  });

  test('no reply and nothing stored: signed out, sent to email-first with redirect_to', async ({
    page,
    device,
  }) => {
    await device({ signedInUser: browserUser, noReply: true });
    await page.goto('/settings');
    await expect(page).toHaveURL(/\/\?redirect_to=%2Fsettings$/);
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('');
  });

  test('a reply after the timeout still signs the page in, without a reload', async ({
    page,
    device,
  }) => {
    const browserUser = await deviceUser();
    await device({ signedInUser: browserUser, delayMs: 2_500 });
    await page.goto('/');
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('');
    await page.evaluate(() => {
      (window as unknown as { marker: boolean }).marker = true;
    });
    // Email-first moves on to the cached sign-in with the browser's account.
    await expect(continueAs(page, browserUser.email)).toBeVisible();
    await page.evaluate(() => {
      window.history.pushState(null, '', '/settings');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(page.getByTestId('primary-email')).toHaveText(browserUser.email);
    // Same document: the marker set before the reply is still there.
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(
      true,
    );
  });

  test('No Such Channel falls back at once, without waiting for the timeout', async ({
    page,
    device,
  }) => {
    // Timers frozen: the 500 ms fallback can never fire, so only the error reply can release
    // the first render (no wall-clock assertion).
    const localUser = await openSettingsWithStoredAccount(
      page,
      device,
      { signedInUser: browserUser, noSuchChannel: true },
      { frozen: true },
    );
    await expect(page.getByTestId('primary-email')).toHaveText(localUser.email);
  });

  test('with timers frozen, a device that never answers holds the first render', async ({
    page,
    device,
  }) => {
    // The control for the test above: the same page without the error reply does wait.
    const localUser = await openSettingsWithStoredAccount(
      page,
      device,
      { signedInUser: browserUser, noReply: true },
      { frozen: true },
    );
    await page.waitForTimeout(1_000);
    await expect(page.getByTestId('primary-email')).toHaveCount(0);
    await page.clock.runFor(500);
    await expect(page.getByTestId('primary-email')).toHaveText(localUser.email);
  });

  test('Firefox for iOS: object details, and a reply without capabilities', async ({
    page,
    device,
  }) => {
    const browserUser = await deviceUser();
    await device({ signedInUser: browserUser, ios: true, capabilities: null, userAgent: FXIOS_UA });
    await page.goto('/settings');
    await expect(page.getByTestId('primary-email')).toHaveText(browserUser.email);
    await expect(page.getByRole('heading', { name: 'Choose what to sync' })).toHaveCount(0);
  });

  for (const [name, config] of [
    ['an unverified', { signedInUser: { ...browserUser, verified: false } }],
    ['a malformed', { signedInUser: browserUser, malformed: true }],
    ['a forged (bad token)', { signedInUser: { ...browserUser, sessionToken: 'not-a-token' } }],
  ] as const) {
    test(`${name} device reply is not trusted`, async ({ page, device }) => {
      await device(config);
      await page.goto('/settings');
      await expect(page).toHaveURL(/redirect_to=%2Fsettings/);
      await expect(page.getByRole('textbox', { name: 'Email' })).toBeVisible();
      expect(await page.evaluate(() => localStorage.getItem('__fxa_storage.accounts'))).toBeNull();
    });
  }
});

test.describe('capability flags and "Choose what to sync"', () => {
  // Only the Sync sign-in offers it (e2e/chromium/signin-sync.spec.ts: exactly the device's
  // engines, hidden without the capability or with hide_choose_what_to_sync). Settings has no
  // such control: Firefox's own preferences change the engines, and a page cannot.
  test('settings shows no "Choose what to sync", whatever the device offers', async ({
    page,
    device,
  }) => {
    await device({
      signedInUser: await deviceUser(),
      capabilities: { choose_what_to_sync: true, engines: ['bookmarks', 'history'] },
    });
    await page.goto('/settings');
    await expect(page.getByTestId('primary-email')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Connected services' })).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Choose what to sync' })).toHaveCount(0);
  });
});

test.describe('routes', () => {
  test('an unknown path shows a 404 that links back to sign-in', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Enter your email' })).toBeVisible();
  });

  test('email-first takes the email parameter over the device account', async ({
    page,
    device,
  }) => {
    await device({ signedInUser: browserUser });
    await page.goto('/?email=hint%40example.com');
    // Submitted for the user: no such account, so sign-up for that address.
    await expect(page.getByRole('heading', { name: 'Set your password' })).toBeVisible();
    await expect(page.getByText('hint@example.com')).toBeVisible();
  });
});

test.describe('other tabs', () => {
  test('a sign-out in another tab (token removed from storage) sends this tab to email-first', async ({
    page,
    context,
  }) => {
    const localUser = await storedUser();
    await seedLocalAccount(page, localUser);
    await page.goto('/settings');
    await expect(page.getByTestId('primary-email')).toHaveText(localUser.email);
    const other = await context.newPage();
    await other.goto('/no-such-page');
    await other.evaluate((uid) => {
      const accounts = JSON.parse(localStorage.getItem('__fxa_storage.accounts') ?? '{}');
      delete accounts[uid].sessionToken;
      localStorage.setItem('__fxa_storage.accounts', JSON.stringify(accounts));
    }, localUser.uid);
    await expect(page).toHaveURL(/\/\?redirect_to=%2Fsettings$/);
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue(localUser.email);
  });
});
