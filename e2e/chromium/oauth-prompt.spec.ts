// Permissions for untrusted reliers (fxa-upstream.md §7 scenarios 16, 17) and prompt=none with
// each of its OIDC errors (scenario 14; security-tests.md B17–B22), driven through the demo
// relier where a real relier would start them.
import type { Page } from '@playwright/test';
import { expect, seedLocalAccount, test } from '../support/fixtures';
import {
  authorizationPath,
  deviceUser,
  firefoxAccount,
  nextRelierNavigation,
  RELIERS,
} from '../support/oauth';

const continueButton = (page: Page) => page.getByRole('button', { name: /^Continue as / });
const signedIn = (page: Page, email: string) => page.getByText(`Signed in as ${email}`);
const failed = (page: Page, error: string) =>
  page.getByRole('alert').filter({ hasText: `Sign-in failed: ${error}` });

test.describe('permissions', () => {
  test('an untrusted relier shows exactly the email (with its value) and the display name, once', async ({
    page,
    device,
  }) => {
    const account = await firefoxAccount('untrusted');
    await device({ signedInUser: deviceUser(account) });
    await page.goto(RELIERS.untrusted.home);
    await page.getByRole('link', { name: 'Sign in with Firefox' }).click();
    await continueButton(page).click();

    await expect(page).toHaveURL(/\/signin_permissions\?.*client_id=325b4083e32fe8e7/);
    await expect(page.getByRole('heading', { name: 'Request for permission' })).toBeVisible();
    await expect(page.getByText(/321Done Untrusted.? would like to access:/)).toBeVisible();
    const rows = page.getByRole('listitem');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toHaveText(`Email address: ${account.email}`);
    await expect(rows.nth(1)).toHaveText('Display name');
    await expect(page.getByRole('checkbox')).toHaveCount(0);

    await page.getByRole('button', { name: 'Accept' }).click();
    await expect(signedIn(page, account.email)).toBeVisible();
    expect(page.url()).toBe(RELIERS.untrusted.home);

    // The second time, no permissions page.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in with Firefox' }).click();
    await continueButton(page).click();
    await expect(signedIn(page, account.email)).toBeVisible();
  });

  test('Cancel goes back to sign-in with the relier’s query, and no code is made', async ({
    page,
    device,
  }) => {
    const account = await firefoxAccount('cancel');
    await device({ signedInUser: deviceUser(account) });
    await page.goto(RELIERS.untrusted.home);
    await page.getByRole('link', { name: 'Sign in with Firefox' }).click();
    await continueButton(page).click();
    let minted = false;
    page.on('request', (r) => {
      if (r.url().endsWith('/v1/oauth/authorization')) minted = true;
    });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page).toHaveURL(/\/signin\?.*client_id=325b4083e32fe8e7/);
    // The sign-in page, for the same account (its own one-click, or another account).
    await expect(
      page.getByRole('button', { name: new RegExp(`Continue as .?${account.email}`) }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Use a different account' })).toBeVisible();
    expect(minted).toBe(false);
  });

  test('a trusted relier with prompt=consent asks every time, then signs in', async ({
    page,
    device,
  }) => {
    const account = await firefoxAccount('consent');
    await device({ signedInUser: deviceUser(account) });
    for (const round of [1, 2]) {
      await page.goto(`${RELIERS.trusted.home}login?prompt=consent`);
      await continueButton(page).click();
      await expect(page.getByRole('heading', { name: 'Request for permission' })).toBeVisible();
      // `profile` stands for all it implies.
      await expect(page.getByRole('listitem')).toHaveText([
        `Email address: ${account.email}`,
        'Display name',
        'Profile picture',
      ]);
      await page.getByRole('button', { name: 'Accept' }).click();
      await expect(signedIn(page, account.email), `round ${round}`).toBeVisible();
      await page.getByRole('button', { name: 'Sign out' }).click();
    }
  });

  test('the permissions page without a session hands over to sign-in', async ({ page }) => {
    await page.goto(
      `/signin_permissions?${
        authorizationPath({
          client_id: RELIERS.untrusted.clientId,
          redirect_uri: RELIERS.untrusted.redirectUri,
        }).split('?')[1]
      }`,
    );
    await expect(page).toHaveURL(/\/oauth\?client_id=325b4083e32fe8e7/);
  });
});

test.describe('prompt=none', () => {
  test('signed in: back at the relier, signed in, without a single click on our side', async ({
    page,
    device,
  }) => {
    const account = await firefoxAccount('silent');
    await device({ signedInUser: deviceUser(account) });
    await page.goto(RELIERS.trusted.home);
    await page.getByRole('link', { name: 'Sign in silently (prompt=none)' }).click();
    await expect(signedIn(page, account.email)).toBeVisible();
  });

  test('with the signed-in user’s own login_hint: signed in', async ({ page, device }) => {
    const account = await firefoxAccount('hinted');
    await device({ signedInUser: deviceUser(account) });
    await page.goto(
      `${RELIERS.pocket.home}login?prompt=none&login_hint=${encodeURIComponent(account.email)}`,
    );
    await expect(signedIn(page, account.email)).toBeVisible();
  });

  test('nobody signed in: login_required (B17)', async ({ page }) => {
    await page.goto(`${RELIERS.trusted.home}login?prompt=none`);
    await expect(failed(page, 'login_required')).toBeVisible();
  });

  test('nobody signed in, return_on_error=false: “User is not signed in” here, no redirect (B17)', async ({
    page,
  }) => {
    await page.goto(`${RELIERS.trusted.home}login?prompt=none&return_on_error=false`);
    await expect(page.getByRole('heading', { name: 'Bad Request' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText('User is not signed in');
  });

  test('someone else named by login_hint: account_selection_required (B19)', async ({
    page,
    device,
  }) => {
    const account = await firefoxAccount('selection');
    await device({ signedInUser: deviceUser(account) });
    await page.goto(`${RELIERS.trusted.home}login?prompt=none&login_hint=other%40example.com`);
    await expect(failed(page, 'account_selection_required')).toBeVisible();
  });

  test('a client not allowed prompt=none: unauthorized_client (B18)', async ({ page, device }) => {
    const account = await firefoxAccount('unauthorized');
    await device({ signedInUser: deviceUser(account) });
    await page.goto(
      `${RELIERS.untrusted.home}login?prompt=none&login_hint=${encodeURIComponent(account.email)}`,
    );
    await expect(failed(page, 'unauthorized_client')).toBeVisible();
  });

  test('an unverified session: interaction_required (B22)', async ({ page }) => {
    const account = await firefoxAccount('unverified');
    // A session this site stored before its confirmation code was entered.
    await seedLocalAccount(page, { ...deviceUser(account), verified: false });
    await page.goto(`${RELIERS.trusted.home}login?prompt=none`);
    await expect(failed(page, 'interaction_required')).toBeVisible();
  });

  test('keys asked for: invalid_request (B21)', async ({ page, device }) => {
    const account = await firefoxAccount('keys');
    await device({ signedInUser: deviceUser(account) });
    const target = await nextRelierNavigation(page, () =>
      page.goto(authorizationPath({ prompt: 'none', keys_jwk: 'eyJrdHkiOiJFQyJ9' })),
    );
    expect(Object.fromEntries(target.searchParams)).toEqual({
      error: 'invalid_request',
      state: 'st4te-from-relier',
    });
  });

  test('a forged id_token_hint: invalid_request (B20)', async ({
    page,
    device,
    allowConsoleError,
  }) => {
    allowConsoleError(/status of 400/);
    const account = await firefoxAccount('forged');
    await device({ signedInUser: deviceUser(account) });
    const forged = ['eyJhbGciOiJIUzI1NiJ9', btoa(JSON.stringify({ sub: account.uid })), 'c2ln']
      .join('.')
      .replace(/=/g, '');
    const target = await nextRelierNavigation(page, () =>
      page.goto(authorizationPath({ prompt: 'none', id_token_hint: forged })),
    );
    expect(target.searchParams.get('error')).toBe('invalid_request');
  });

  test('an untrusted relier with its own id_token_hint: consent_required until the user has seen it, then signed in', async ({
    page,
    device,
  }) => {
    const account = await firefoxAccount('hint');
    await device({ signedInUser: deviceUser(account) });
    // A first, interactive sign-in gives the relier an ID token.
    await page.goto(RELIERS.untrusted.home);
    await page.getByRole('link', { name: 'Sign in with Firefox' }).click();
    await continueButton(page).click();
    await page.getByRole('button', { name: 'Accept' }).click();
    await expect(signedIn(page, account.email)).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();

    // Seen: prompt=none with the ID token works for a client not on the allow-list.
    await page.goto(`${RELIERS.untrusted.home}login?prompt=none&id_token_hint=last`);
    await expect(signedIn(page, account.email)).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();

    // Forget what was accepted (as another browser would not know it): consent_required.
    await page.goto('/no-such-page');
    await page.evaluate(() => {
      const accounts = JSON.parse(localStorage.getItem('__fxa_storage.accounts') ?? '{}');
      for (const a of Object.values(accounts)) delete (a as { permissions?: unknown }).permissions;
      localStorage.setItem('__fxa_storage.accounts', JSON.stringify(accounts));
    });
    await page.goto(`${RELIERS.untrusted.home}login?prompt=none&id_token_hint=last`);
    await expect(failed(page, 'consent_required')).toBeVisible();
  });
});
