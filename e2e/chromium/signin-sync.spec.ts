// Sync sign-in with the simulated Firefox (fxa-upstream.md §1.2, §2.2; scenarios 1–4, 31): the
// password is always asked, `fxaccounts:can_link_account` comes first (and a refusal cancels),
// "Choose what to sync" offers exactly the device's engines, and `fxaccounts:login` carries the
// keys and the engine choice. Firefox itself does the same in e2e/firefox/sync-signin.spec.ts.
import type { Page } from '@playwright/test';
import { deriveCredentialsV1 } from '../../app/lib/crypto/onepw';
import { accountSummary, createAccount, uniqueEmail } from '../support/emulator';
import { commands, expect, test } from '../support/fixtures';
import {
  PASSWORD,
  readStorage,
  SYNC_SIGNIN as SYNC,
  signInForSync,
  submitCode,
  submitEmail,
  submitPassword,
} from '../support/signin-steps';

const HEX64 = /^[0-9a-f]{64}$/;

type LoginData = {
  email: string;
  uid: string;
  sessionToken: string;
  verified: boolean;
  keyFetchToken?: string;
  unwrapBKey?: string;
  verifiedCanLinkAccount?: boolean;
  services?: { sync?: { offeredEngines?: string[]; declinedEngines?: string[] } };
};

/** The user the simulated Firefox holds now (it changes on fxaccounts:login). */
const heldUser = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as { __fxaDevice: { user: () => { email: string } | null } }
    ).__fxaDevice.user(),
  );

test.describe('Sync sign-in, nobody signed in to the browser', () => {
  test('email-first → password → code → choose what to sync → fxaccounts:login', async ({
    page,
    device,
    sentMessages,
  }) => {
    const { email, uid } = await createAccount({ email: uniqueEmail('sync') });
    await device({
      signedInUser: null,
      capabilities: {
        choose_what_to_sync: true,
        multiService: true,
        engines: ['bookmarks', 'history'],
      },
    });
    await page.goto(SYNC);
    await expect(
      page.getByRole('heading', { name: 'Continue to your Mozilla account' }),
    ).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('');
    await submitEmail(page, email);
    await submitPassword(page);
    await submitCode(page, email);

    await expect(page).toHaveURL(/\/choose_what_to_sync\?/);
    await expect(page.getByRole('heading', { name: 'Choose what to sync' })).toBeVisible();
    const engines = page.getByRole('checkbox');
    await expect(engines).toHaveCount(2);
    await expect(page.getByRole('checkbox', { name: 'Bookmarks' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'History' })).toBeChecked();
    await page.getByRole('checkbox', { name: 'History' }).uncheck();
    await page.getByRole('button', { name: 'Start syncing' }).click();

    await expect(page.getByRole('heading', { name: 'You’re signed into Firefox' })).toBeVisible();
    await expect(page).toHaveURL(/\/connect_another_device\?/);
    const sent = await sentMessages();
    expect(commands(sent)).toEqual([
      'fxaccounts:fxa_status',
      'fxaccounts:loaded',
      'fxaccounts:can_link_account',
      'fxaccounts:login',
    ]);
    expect(sent[2]?.data).toEqual({ email });
    const login = sent[3]?.data as LoginData;
    const stored = (await readStorage(page)).accounts[uid];
    expect(login).toEqual({
      email,
      uid,
      sessionToken: stored?.sessionToken,
      verified: true,
      keyFetchToken: expect.stringMatching(HEX64),
      unwrapBKey: expect.stringMatching(HEX64),
      verifiedCanLinkAccount: true,
      services: {
        sync: { offeredEngines: ['bookmarks', 'history'], declinedEngines: ['history'] },
      },
    });
    // The unwrapBKey is the one onepw derives from this password: Firefox can unwrap kB with it.
    expect(login.unwrapBKey).toBe((await deriveCredentialsV1(email, PASSWORD)).unwrapBKey);
    expect(await heldUser(page)).toMatchObject({ email, uid, verified: true });
    // The keys went to the browser only: never to storage.
    const storage = JSON.stringify(await readStorage(page));
    expect(storage).not.toContain(login.keyFetchToken ?? '-');
    expect(storage).not.toContain(login.unwrapBKey ?? '-');
  });

  for (const [title, label, capabilities] of [
    [
      'a device without “choose what to sync” goes straight on',
      'no-cwts',
      { choose_what_to_sync: false, engines: ['bookmarks', 'history'] },
    ],
    [
      'a device that asks to hide “choose what to sync” goes straight on',
      'hide-cwts',
      {
        choose_what_to_sync: true,
        hide_choose_what_to_sync: true,
        engines: ['bookmarks', 'history'],
      },
    ],
  ] as const) {
    test(title, async ({ page, device, sentMessages }) => {
      const { email } = await createAccount({ email: uniqueEmail(label) });
      await device({ signedInUser: null, capabilities: { ...capabilities } });
      await signInForSync(page, email);
      await expect(page.getByRole('heading', { name: 'You’re signed into Firefox' })).toBeVisible();
      await expect(page.getByRole('checkbox')).toHaveCount(0);
      const login = (await sentMessages()).find((m) => m.command === 'fxaccounts:login');
      expect((login?.data as LoginData | undefined)?.services).toEqual({ sync: {} });
    });
  }

  test('sign-up for Sync: the code, then the engines, then fxaccounts:login', async ({
    page,
    device,
    sentMessages,
  }) => {
    const email = uniqueEmail('sync-signup');
    await device({ signedInUser: null });
    await page.goto(SYNC);
    await submitEmail(page, email);
    await page.getByLabel('Password', { exact: true }).fill('purple monkey dishwasher');
    await page.getByLabel('Repeat password').fill('purple monkey dishwasher');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page).toHaveURL(/\/confirm_signup_code\?/);
    // Nothing reaches the browser before the address is confirmed.
    expect(commands(await sentMessages())).not.toContain('fxaccounts:login');
    await submitCode(page, email);
    // Firefox 153 desktop reports 8 engines: all offered, all ticked.
    await expect(page.getByRole('checkbox')).toHaveCount(8);
    await page.getByRole('button', { name: 'Start syncing' }).click();
    await expect(page.getByRole('heading', { name: 'You’re signed into Firefox' })).toBeVisible();
    const login = (await sentMessages()).find((m) => m.command === 'fxaccounts:login');
    expect(login?.data).toMatchObject({
      email,
      verified: true,
      keyFetchToken: expect.stringMatching(HEX64),
      services: {
        sync: {
          offeredEngines: [
            'addons',
            'bookmarks',
            'history',
            'passwords',
            'prefs',
            'tabs',
            'addresses',
            'creditcards',
          ],
          declinedEngines: [],
        },
      },
    });
  });

  test('can_link_account refused: cancelled, nothing signed in', async ({
    page,
    device,
    sentMessages,
  }) => {
    const { email } = await createAccount({ email: uniqueEmail('refused') });
    await device({ signedInUser: null, canLinkAccount: false });
    await page.goto(SYNC);
    await submitEmail(page, email);
    await submitPassword(page);
    await expect(page.getByRole('alert')).toHaveText('Login attempt cancelled');
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue(email);
    expect(commands(await sentMessages())).not.toContain('fxaccounts:login');
    expect((await accountSummary(email)).sessions).toEqual([]);
    expect(await heldUser(page)).toBeNull();
  });

  test('not Firefox (no WebChannel): Sync cannot finish, and says so', async ({ page, device }) => {
    const { email } = await createAccount({ email: uniqueEmail('chrome-sync') });
    await device({ signedInUser: null, userAgent: undefined });
    await page.goto(SYNC);
    await submitEmail(page, email);
    await submitPassword(page);
    await expect(page.getByRole('alert')).toHaveText('Firefox did not answer. Try again.');
    expect((await accountSummary(email)).sessions).toEqual([]);
  });
});

test.describe('Sync sign-in, the browser already signed in', () => {
  test('the browser’s account is prefilled but the password is still required', async ({
    page,
    device,
    sentMessages,
  }) => {
    const account = await createAccount({
      email: uniqueEmail('sync-browser'),
      session: { verified: true },
    });
    await device({
      signedInUser: {
        email: account.email,
        uid: account.uid,
        sessionToken: account.sessionToken ?? '',
        verified: true,
      },
    });
    await page.goto(SYNC);
    await expect(page.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
    await expect(page.getByText(account.email)).toBeVisible();
    await submitPassword(page);
    await submitCode(page, account.email);
    await page.getByRole('button', { name: 'Start syncing' }).click();
    await expect(page.getByRole('heading', { name: 'You’re signed into Firefox' })).toBeVisible();

    const sent = await sentMessages();
    // The browser may be told which account (can_link_account_uid).
    expect(sent.find((m) => m.command === 'fxaccounts:can_link_account')?.data).toEqual({
      email: account.email,
      uid: account.uid,
    });
    const login = sent.find((m) => m.command === 'fxaccounts:login')?.data as LoginData;
    // A new session from the password, not the browser's old one.
    expect(login.sessionToken).toMatch(HEX64);
    expect(login.sessionToken).not.toBe(account.sessionToken);
    expect(login.keyFetchToken).toMatch(HEX64);
  });
});
