// The relier round trip (issue 7, fxa-upstream.md §7 scenarios 11, 13): a user signed in to
// Firefox (the simulated device, no site storage) visits the Pocket-like demo relier, clicks
// "Sign in with Firefox", continues in one click without a password, and the relier shows who
// signed in. Plus the same with the confidential 123done, from a stored session, and the faults.
import type { Page } from '@playwright/test';
import { createAccount, uniqueEmail } from '../support/emulator';
import { expect, seedLocalAccount, test } from '../support/fixtures';
import {
  authorizationPath,
  deviceUser,
  firefoxAccount,
  RELIERS,
  watchForeignRequests,
} from '../support/oauth';
import { appOrigin, emulatorOrigin } from '../support/ports';

const continueButton = (page: Page) => page.getByRole('button', { name: /^Continue as / });

/** Requests the page makes to the auth server from now on (method + path). */
function watchAuthServer(page: Page): () => string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin === emulatorOrigin && r.method() !== 'OPTIONS') {
      seen.push(`${r.method()} ${url.pathname}`);
    }
  });
  return () => seen;
}

test.describe('one click, no password, with the account Firefox holds', () => {
  test('Pocket demo (public client, PKCE): relier → /authorization → Continue → the relier shows the email', async ({
    page,
    context,
    device,
  }) => {
    const account = await firefoxAccount('pocket');
    await context.clearCookies();
    await device({ signedInUser: deviceUser(account) });

    await page.goto(RELIERS.pocket.home);
    await expect(page.getByRole('heading', { name: 'Pocket (demo)' })).toBeVisible();
    await page.getByRole('link', { name: 'Sign in with Firefox' }).click();

    await expect(page).toHaveURL(new RegExp(`^${appOrigin}/authorization\\?`));
    await expect(
      page.getByRole('heading', { level: 1, name: /Continue to .?Pocket \(demo\)/ }),
    ).toBeVisible();
    await expect(page.getByText('You are signed in to Firefox as')).toBeVisible();
    await expect(page.getByText(account.email, { exact: true })).toBeVisible();
    await expect(page.getByLabel('Password')).toHaveCount(0);

    const authServer = watchAuthServer(page);
    await continueButton(page).click();

    await expect(page.getByText(`Signed in as ${account.email}`)).toBeVisible();
    expect(new URL(page.url()).href).toBe(RELIERS.pocket.home);
    // One auth-server request between the click and the redirect (client info was fetched
    // while the page rendered).
    expect(authServer()).toEqual(['POST /v1/oauth/authorization']);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in with Firefox' })).toBeVisible();
  });

  test('nothing but the upstream session entry is stored; no code or token in storage', async ({
    page,
    device,
  }) => {
    const account = await firefoxAccount('storage');
    await device({ signedInUser: deviceUser(account) });
    await page.goto(RELIERS.pocket.home);
    await page.getByRole('link', { name: 'Sign in with Firefox' }).click();
    await continueButton(page).click();
    await expect(page.getByText(`Signed in as ${account.email}`)).toBeVisible();
    // Back on the app's origin to read its storage.
    await page.goto('/no-such-page');
    const stored = await page.evaluate(() => ({
      local: Object.keys(localStorage).sort(),
      session: Object.keys(sessionStorage),
      values: JSON.stringify({ ...localStorage, ...sessionStorage }),
    }));
    expect(stored.local).toEqual(['__fxa_storage.accounts', '__fxa_storage.currentAccountUid']);
    expect(stored.session).toEqual([]);
    expect(stored.values).not.toMatch(/code|keyFetchToken|unwrapBKey|state/i);
  });

  test('123done (confidential client, no PKCE): the same round trip', async ({ page, device }) => {
    const account = await firefoxAccount('123done');
    await device({ signedInUser: deviceUser(account) });
    await page.goto(RELIERS.trusted.home);
    await page.getByRole('link', { name: 'Sign in with Firefox' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: /Continue to .?123Done/ }),
    ).toBeVisible();
    await continueButton(page).click();
    await expect(page.getByText(`Signed in as ${account.email}`)).toBeVisible();
    expect(page.url()).toBe(RELIERS.trusted.home);
  });

  test('a session stored by this site (no Firefox) also continues in one click', async ({
    page,
  }) => {
    const account = await firefoxAccount('stored');
    await seedLocalAccount(page, deviceUser(account));
    await page.goto(RELIERS.pocket.home);
    await page.getByRole('link', { name: 'Sign in with Firefox' }).click();
    await expect(page.getByText('You are signed in as', { exact: true })).toBeVisible();
    await continueButton(page).click();
    await expect(page.getByText(`Signed in as ${account.email}`)).toBeVisible();
  });

  test('“Use a different account” goes to email-first with the relier’s query', async ({
    page,
    device,
  }) => {
    const account = await firefoxAccount('different');
    await device({ signedInUser: deviceUser(account) });
    await page.goto(authorizationPath());
    await page.getByRole('button', { name: 'Use a different account' }).click();
    await expect(page).toHaveURL(/\/oauth\?client_id=dcdb5ae7add825d2&/);
    // Email-first stays on its form (the session would otherwise continue), ready for another.
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue(account.email);
    await expect(continueButton(page)).toHaveCount(0);
  });
});

test.describe('when a password is needed, the sign-in flow takes over', () => {
  for (const [name, params] of [
    ['prompt=login', { prompt: 'login' }],
    ['max_age=0', { max_age: '0' }],
  ] as const) {
    test(`${name}: the password page for the same account`, async ({ page, device }) => {
      const account = await firefoxAccount('password');
      await device({ signedInUser: deviceUser(account) });
      await page.goto(authorizationPath(params));
      await expect(page).toHaveURL(/\/oauth\/signin\?/);
      await expect(page.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
      await expect(page.getByText(account.email, { exact: true })).toBeVisible();
      await expect(continueButton(page)).toHaveCount(0);
    });
  }

  test('a login_hint naming someone else: the hint wins over the session', async ({
    page,
    device,
  }) => {
    const account = await firefoxAccount('session');
    await device({ signedInUser: deviceUser(account) });
    await page.goto(authorizationPath({ login_hint: 'someone.else@example.com' }));
    await expect(page).toHaveURL(/\/oauth\/(signin|signup)\?/);
    await expect(page.getByText('someone.else@example.com', { exact: true })).toBeVisible();
    await expect(page.getByText(account.email, { exact: true })).toHaveCount(0);
  });

  test('action=signup: handed to the sign-in pages with the query', async ({ page, device }) => {
    const account = await firefoxAccount('signup');
    await device({ signedInUser: deviceUser(account) });
    await page.goto(authorizationPath({ action: 'signup' }));
    await expect(page).toHaveURL(/\/oauth(\/\w+)?\?.*action=signup/);
  });

  test('a login_hint that is not an email is ignored, never shown (C5)', async ({
    page,
    device,
  }) => {
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    const account = await firefoxAccount('hint');
    await device({ signedInUser: deviceUser(account) });
    await page.goto(authorizationPath({ login_hint: '"><svg onload=alert(1)>' }));
    await expect(continueButton(page)).toBeVisible();
    await expect(page.getByText('svg onload')).toHaveCount(0);
    expect(dialog).toBe(false);
  });
});

test.describe('faults on the click: clear error, nothing lost, never signed out', () => {
  test('network down: an inline error, still signed in; the next click works', async ({
    page,
    device,
    allowConsoleError,
  }) => {
    allowConsoleError(/ERR_INTERNET_DISCONNECTED/);
    const account = await firefoxAccount('offline');
    await device({ signedInUser: deviceUser(account) });
    await page.goto(RELIERS.pocket.home);
    await page.getByRole('link', { name: 'Sign in with Firefox' }).click();
    await page.route('**/v1/oauth/authorization', (route) => route.abort('internetdisconnected'));
    await continueButton(page).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Could not reach the server. Check your connection and try again.',
    );
    await expect(continueButton(page)).toBeEnabled();
    await expect(page.getByText(account.email, { exact: true })).toBeVisible();
    await page.unroute('**/v1/oauth/authorization');
    await continueButton(page).click();
    await expect(page.getByText(`Signed in as ${account.email}`)).toBeVisible();
  });

  test('a 500 from the auth server: an inline error; the next click works', async ({
    page,
    device,
    allowConsoleError,
  }) => {
    allowConsoleError(/status of 500/);
    const account = await firefoxAccount('fivehundred');
    await device({ signedInUser: deviceUser(account) });
    await page.goto(RELIERS.trusted.home);
    await page.getByRole('link', { name: 'Sign in with Firefox' }).click();
    let failures = 1;
    await page.route('**/v1/oauth/authorization', (route) =>
      failures-- > 0
        ? route.fulfill({
            status: 500,
            contentType: 'application/json',
            body: JSON.stringify({ code: 500, errno: 999, error: 'Internal Server Error' }),
          })
        : route.continue(),
    );
    await continueButton(page).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Something went wrong on our side. Try again.',
    );
    await continueButton(page).click();
    await expect(page.getByText(`Signed in as ${account.email}`)).toBeVisible();
  });

  test('429: asked to wait, not signed out', async ({ page, device, allowConsoleError }) => {
    allowConsoleError(/status of 429/);
    const account = await firefoxAccount('throttled');
    await device({ signedInUser: deviceUser(account) });
    await page.goto(authorizationPath());
    await page.route('**/v1/oauth/authorization', (route) =>
      route.fulfill({
        status: 429,
        headers: { 'Retry-After': '30' },
        contentType: 'application/json',
        body: JSON.stringify({ code: 429, errno: 114, retryAfter: 30 }),
      }),
    );
    await continueButton(page).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Too many attempts. Wait a moment and try again.',
    );
    await expect(continueButton(page)).toBeEnabled();
    expect(await page.evaluate(() => localStorage.getItem('__fxa_storage.accounts'))).toContain(
      account.sessionToken,
    );
  });

  test('a session the server no longer knows: “Session expired”, the password for that account, the token dropped', async ({
    page,
    device,
    allowConsoleError,
  }) => {
    allowConsoleError(/status of 401/);
    // A real account, and a token Firefox still holds that the server no longer knows (signed
    // out elsewhere, a password reset…).
    const created = await createAccount({ email: uniqueEmail('expired') });
    const account = { ...created, sessionToken: 'd4'.repeat(32) };
    await device({ signedInUser: deviceUser(account) });
    const foreign = watchForeignRequests(page);
    await page.goto(authorizationPath());
    await continueButton(page).click();
    await expect(page).toHaveURL(/\/oauth\/signin\?client_id=/);
    await expect(page.getByRole('alert')).toHaveText('Session expired. Sign in to continue.');
    await expect(page.getByText(account.email, { exact: true })).toBeVisible();
    await expect(page.getByLabel('Password', { exact: true })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('__fxa_storage.accounts'))).not.toContain(
      account.sessionToken,
    );
    expect(foreign()).toEqual([]);
  });
});

test.describe('the server’s PKCE rules surface as errors, with no code (B11)', () => {
  test('a public client without PKCE', async ({ page, device, allowConsoleError }) => {
    allowConsoleError(/status of 400/);
    const account = await firefoxAccount('nopkce');
    await device({ signedInUser: deviceUser(account) });
    const foreign = watchForeignRequests(page);
    await page.goto(
      authorizationPath({
        client_id: RELIERS.pocket.clientId,
        redirect_uri: RELIERS.pocket.redirectUri,
      }),
    );
    await continueButton(page).click();
    await expect(page.getByRole('heading', { name: 'Bad Request' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText('PKCE parameters missing');
    expect(foreign()).toEqual([]);
  });

  test('a confidential client sending PKCE', async ({ page, device, allowConsoleError }) => {
    allowConsoleError(/status of 400/);
    const account = await firefoxAccount('pkceconf');
    await device({ signedInUser: deviceUser(account) });
    const foreign = watchForeignRequests(page);
    await page.goto(
      authorizationPath({
        code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
        code_challenge_method: 'S256',
      }),
    );
    await continueButton(page).click();
    await expect(page.getByRole('alert')).toHaveText('Not a public client');
    expect(foreign()).toEqual([]);
  });
});
