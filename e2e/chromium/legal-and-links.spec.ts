// The legal pages (issue #25: upstream's /legal/terms and /legal/privacy, their /:locale twins,
// linked from sign-up) and a walk over every link the app shows: each page and main state
// (signed out, sign-up, OAuth, errors, the unblock and report pages, signed in with settings and
// its sub-pages) is opened, its `a[href]`s collected, and each same-origin one followed: files
// must not be 404 and app routes must not render the app's "Page not found". Other origins
// (support.mozilla.org…) are listed in the report, never fetched (no network here).
import type { Page } from '@playwright/test';
import { TestClient } from '../../mocks/emulator/testing/fxa-client.testutil';
import { expectNoA11yViolations } from '../support/a11y';
import { blockSignin, createAccount, uniqueEmail } from '../support/emulator';
import { expect, test } from '../support/fixtures';
import { RELIERS } from '../support/oauth';
import { appOrigin, emulatorOrigin } from '../support/ports';
import { realUser, seedUser } from '../support/settings';
import { submitPassword } from '../support/signin-steps';

test('legal pages: linked from sign-up, each to the other, accessible', async ({ page }) => {
  await page.goto(`/signup?email=${encodeURIComponent(uniqueEmail('legal'))}`);
  await page.getByRole('link', { name: 'Terms of Service' }).click();
  await expect(page).toHaveURL(/\/legal\/terms$/);
  await expect(page.getByRole('heading', { name: 'Terms of Service', level: 1 })).toBeVisible();
  await expect(page.getByText('Nothing is sent anywhere else')).toBeVisible();
  await expectNoA11yViolations(page);
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.getByRole('link', { name: 'Privacy Notice' }).click();
  await expect(page.getByRole('heading', { name: 'Privacy Notice', level: 1 })).toBeVisible();
});

// A fresh load of a localized twin (the server answers with the app), in the browser's language.
for (const { locale, title, dir } of [
  { locale: 'fr-FR', title: 'Politique de confidentialité', dir: 'ltr' },
  { locale: 'ar', title: 'تنبيه الخصوصية', dir: 'rtl' },
]) {
  test.describe(`legal pages in ${locale}`, () => {
    test.use({ locale });
    test('the localized path loads on its own, translated and accessible', async ({ page }) => {
      const reply = await page.goto(`/${locale}/legal/privacy`);
      expect(reply?.status()).toBe(200);
      await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expectNoA11yViolations(page);
    });
  });
}

/** Every page and state the walk opens; `ready` is what shows once the page has settled. */
type Visit = { path: string; ready: (page: Page) => Promise<unknown> };

const heading = (name: string | RegExp) => (page: Page) =>
  expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();

const NOT_FOUND = 'Page not found';

async function collectLinks(page: Page, from: string, found: Map<string, string>) {
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  for (const href of hrefs) if (!found.has(href)) found.set(href, from);
}

/** Follows the same-origin links: a file must load, an app route must not be the 404 page. */
async function checkLinks(page: Page, found: Map<string, string>, checked: Set<string>) {
  for (const [href, from] of found) {
    const url = new URL(href);
    if (url.origin !== appOrigin || checked.has(href)) continue;
    checked.add(href);
    const reply = await page.goto(href);
    expect(reply?.status(), `${href} (linked from ${from})`).toBeLessThan(400);
    if (reply?.headers()['content-type']?.startsWith('text/html')) {
      await expect(page.locator('h1').first(), `${href} (linked from ${from})`).toBeVisible();
      await expect(
        page.getByRole('heading', { name: NOT_FOUND }),
        `${href} (linked from ${from})`,
      ).toHaveCount(0);
    }
  }
}

test('every link on every page leads somewhere', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const found = new Map<string, string>();
  const checked = new Set<string>();
  const visit = async ({ path, ready }: Visit) => {
    await page.goto(path);
    await ready(page);
    await collectLinks(page, path, found);
  };

  const { email, uid } = await createAccount({ email: uniqueEmail('walk') });
  const oauth = `client_id=${RELIERS.trusted.clientId}&state=walk&scope=profile`;
  const signedOut: Visit[] = [
    { path: '/', ready: heading('Enter your email') },
    { path: `/signin?email=${encodeURIComponent(email)}`, ready: heading('Enter your password') },
    {
      path: `/signup?email=${encodeURIComponent(uniqueEmail('new'))}`,
      ready: heading(/password/i),
    },
    { path: `/oauth?${oauth}`, ready: heading('Enter your email') },
    { path: '/oauth?client_id=not-a-client&state=s&scope=profile', ready: heading('Bad Request') },
    { path: '/authorization?client_id=nope', ready: heading('Bad Request') },
    { path: `/report_signin?uid=${uid}&unblockCode=ABCDEFGH`, ready: heading(/Report/) },
    { path: '/report_signin', ready: heading('Link damaged') },
    { path: '/signin_reported', ready: heading('Thank you for your vigilance') },
    { path: '/legal/terms', ready: heading('Terms of Service') },
    { path: '/en-US/legal/privacy', ready: heading('Privacy Notice') },
    { path: '/settings', ready: heading('Enter your email') },
    { path: '/no/such/page', ready: heading(NOT_FOUND) },
  ];
  for (const v of signedOut) await visit(v);
  // Mid-sign-in states: the login code page, and the unblock page of a blocked sign-in.
  for (const [label, block, next] of [
    ['walk-code', false, 'Enter confirmation code'],
    ['walk-blocked', true, 'Authorize this sign-in'],
  ] as const) {
    const account = await createAccount({ email: uniqueEmail(label) });
    if (block) await blockSignin(account.email);
    await page.goto(`/signin?email=${encodeURIComponent(account.email)}`);
    await submitPassword(page);
    await heading(next)(page);
    await collectLinks(page, next, found);
  }
  await checkLinks(page, found, checked);

  // Signed in, with an unconfirmed secondary email (its "Confirm" link shows).
  const user = await realUser('walk-in');
  const client = new TestClient(emulatorOrigin);
  const jwt = await client.stepUp(user.sessionToken, user.email, 'email');
  const added = await client.post(
    '/v1/mfa/recovery_email',
    { email: uniqueEmail('walk-second') },
    { authorization: `Bearer ${jwt}` },
  );
  expect(added.status).toBe(200);
  await seedUser(page, user);
  const signedIn: Visit[] = [
    { path: '/settings', ready: (p) => expect(p.getByTestId('primary-email')).toBeVisible() },
    { path: '/settings/display_name', ready: heading(/Display name/i) },
    { path: '/settings/avatar', ready: heading(/picture/i) },
    { path: '/settings/change_password', ready: heading(/password/i) },
    { path: '/settings/emails', ready: heading(/email/i) },
    { path: '/settings/delete_account', ready: heading(/Delete/i) },
    { path: '/', ready: (p) => expect(p.locator('[data-signin-ready]')).toBeVisible() },
    {
      path: `/oauth?${oauth}`,
      ready: (p) => expect(p.locator('[data-signin-ready]')).toBeVisible(),
    },
  ];
  for (const v of signedIn) await visit(v);
  await checkLinks(page, found, checked);

  const external = [...found.keys()].filter((href) => new URL(href).origin !== appOrigin).sort();
  testInfo.annotations.push({
    type: 'external links (not fetched)',
    description: external.join(' '),
  });
  for (const href of external) expect(href, 'external links are https').toMatch(/^https:\/\//);
  // The walk saw the links it is for: sign-up's legal pages and settings' sub-pages.
  expect([...checked].map((h) => new URL(h).pathname)).toEqual(
    expect.arrayContaining(['/legal/terms', '/legal/privacy', '/settings/display_name', '/']),
  );
});
