// Token hygiene over whole flows (security reference D4, D5, B26; RFC 9700 §4.3.2; ASVS 14.2.1,
// 14.3.3): after a sign-in, a walk through settings, error pages and an OAuth round trip, the
// session token appears in no URL (of any origin), no request header or body (Hawk carries only
// the derived id), the step-up JWT only in the Authorization header of /mfa routes, no console message, no history state, no cookie, no page, and in no storage
// but upstream's session entry `__fxa_storage.accounts`. The OAuth code appears only in the one
// navigation that hands it to the relier.
import type { Page } from '@playwright/test';
import { accountSummary, createAccount, injectFault, uniqueEmail } from '../support/emulator';
import { expect, test } from '../support/fixtures';
import { RELIERS } from '../support/oauth';
import { appOrigin } from '../support/ports';
import { failedLoad } from '../support/settings';
import {
  PASSWORD,
  readStorage,
  submitCode,
  submitEmail,
  submitPassword,
} from '../support/signin-steps';
import { confirmStepUp } from '../support/step-up';

type Trace = { where: string; text: string };

/** Records everything a secret could leak through while the page is used. */
function watchLeaks(page: Page) {
  const traces: Trace[] = [];
  page.on('request', (r) => {
    traces.push({ where: `URL of ${r.method()} request`, text: r.url() });
    for (const [name, value] of Object.entries(r.headers())) {
      traces.push({ where: `${name} header of ${r.url()}`, text: value });
    }
    const body = r.postData();
    if (body) traces.push({ where: `body of ${r.method()} ${r.url()}`, text: body });
  });
  page.on('framenavigated', (f) => traces.push({ where: 'address bar', text: f.url() }));
  page.on('console', (m) => traces.push({ where: `console.${m.type()}`, text: m.text() }));
  page.on('pageerror', (e) => traces.push({ where: 'page error', text: String(e.stack) }));
  return {
    traces,
    /** Where `secret` showed up among the traces and in what the page holds right now. */
    async find(secret: string): Promise<string[]> {
      const now = await snapshot(page);
      return [...traces, ...now].filter((t) => t.text.includes(secret)).map((t) => t.where);
    },
  };
}

/** The page's storage (but the session entry), cookies, history state and text, on the app's origin. */
async function snapshot(page: Page): Promise<Trace[]> {
  if (new URL(page.url()).origin !== appOrigin) return [];
  const held = await page.evaluate(() => {
    const local = Object.entries(localStorage).filter(([k]) => k !== '__fxa_storage.accounts');
    return {
      local: JSON.stringify(local),
      session: JSON.stringify(Object.entries(sessionStorage)),
      cookie: document.cookie,
      history: JSON.stringify(window.history.state),
      html: document.documentElement.outerHTML,
    };
  });
  return [
    { where: `localStorage (but the session entry) at ${page.url()}`, text: held.local },
    { where: `sessionStorage at ${page.url()}`, text: held.session },
    { where: `cookies at ${page.url()}`, text: held.cookie },
    { where: `history state at ${page.url()}`, text: held.history },
    { where: `the page at ${page.url()}`, text: held.html },
  ];
}

test('sign-in, settings and error pages: the session token is nowhere but the session entry', async ({
  page,
  allowConsoleError,
}) => {
  allowConsoleError(failedLoad(500));
  const leaks = watchLeaks(page);
  const { email } = await createAccount({ email: uniqueEmail('hygiene'), password: PASSWORD });
  const { uid } = await accountSummary(email);
  const seen: string[] = [];
  const check = async (step: string) => {
    const { accounts } = await readStorage(page);
    const token = accounts[uid]?.sessionToken as string;
    expect(token, `${step}: the session entry holds the token`).toMatch(/^[0-9a-f]{64}$/);
    expect(await leaks.find(token), `${step}: where the token showed up`).toEqual([]);
    seen.push(token);
  };

  await page.goto('/');
  await submitEmail(page, email);
  await submitPassword(page);
  const code = await submitCode(page, email);
  await expect(page.getByTestId('primary-email')).toHaveText(email);
  await check('signed in');
  // The emailed code went to the server in a request body only, never a URL or storage. (Found
  // there: the watch sees request bodies, so an empty list above means something.)
  const codeSeen = await leaks.find(code);
  expect(codeSeen.some((w) => w.startsWith('body of POST'))).toBe(true);
  expect(codeSeen.filter((w) => !w.startsWith('body of POST'))).toEqual([]);

  await page.getByRole('link', { name: 'Add display name' }).click();
  await page.getByLabel('Enter display name').fill('Hygiene');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('display-name')).toHaveText('Hygiene');
  await page.goto('/settings/change_password');
  await expect(page.getByLabel('Enter current password')).toBeVisible();
  await check('settings sub-pages');

  // Step-up verification: the JWT lives in memory and travels only as the Authorization header
  // of /mfa routes (docs/decisions/0021).
  let jwt = '';
  page.on('response', async (r) => {
    if (r.url().endsWith('/v1/mfa/otp/verify') && r.ok()) jwt = (await r.json()).accessToken;
  });
  await page.goto('/settings/emails');
  await page.getByLabel('Enter email address').fill(uniqueEmail('hygiene-second'));
  await page.getByRole('button', { name: 'Save' }).click();
  await confirmStepUp(page, email);
  await expect(page).toHaveURL(/\/settings\/emails\/verify$/);
  await expect.poll(() => jwt).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+$/);
  const jwtSeen = await leaks.find(jwt);
  expect(jwtSeen.length).toBeGreaterThan(0);
  expect(jwtSeen.filter((w) => !/^authorization header of .*\/v1\/mfa\//.test(w))).toEqual([]);
  await check('step-up verification');

  // Error pages: a server failure on the account, an unknown page, a refused OAuth request.
  const fault = await injectFault({
    path: '/v1/account',
    method: 'GET',
    account: email,
    status: 500,
  });
  await page.goto('/settings');
  await expect(page.getByRole('dialog', { name: 'General application error' })).toBeVisible();
  await check('the settings error dialog');
  await fault.remove();
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await check('the 404 page');
  await page.goto('/authorization?client_id=not-a-client&state=abc&scope=profile');
  await expect(page.getByRole('heading', { name: 'Bad Request' })).toBeVisible();
  await check('the Bad Request page');

  // One session all along: the same token was checked at every step.
  expect(new Set(seen).size).toBe(1);
});

test('an OAuth round trip with a sign-in: the code only in the redirect, the token nowhere', async ({
  page,
}) => {
  const leaks = watchLeaks(page);
  const { email } = await createAccount({
    email: uniqueEmail('hygiene-oauth'),
    password: PASSWORD,
  });
  const { uid } = await accountSummary(email);
  await page.goto(RELIERS.pocket.home);
  await page.getByRole('link', { name: 'Sign in with Firefox' }).click();
  await submitEmail(page, email);
  await submitPassword(page);
  const back = page.waitForRequest(
    (r) => r.isNavigationRequest() && r.url().startsWith(RELIERS.pocket.redirectUri),
  );
  await submitCode(page, email);
  const code = new URL((await back).url()).searchParams.get('code') as string;
  expect(code).toMatch(/^[0-9a-f]{64}$/);
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

  // The relier's redirect URI is where the code goes, by design (RFC 6749 §4.1.2); nowhere else.
  const codeSeen = await leaks.find(code);
  expect(codeSeen).toContain('URL of GET request');
  expect(codeSeen.filter((w) => !w.startsWith('URL of GET') && w !== 'address bar')).toEqual([]);
  expect(
    leaks.traces
      .filter((t) => t.text.includes(code) && t.where === 'URL of GET request')
      .every((t) => t.text.startsWith(RELIERS.pocket.redirectUri)),
  ).toBe(true);

  // Back on the app's origin to read what it holds.
  await page.goto('/no/such/page');
  const { accounts } = await readStorage(page);
  const token = accounts[uid]?.sessionToken as string;
  expect(token).toMatch(/^[0-9a-f]{64}$/);
  expect(await leaks.find(token), 'where the token showed up').toEqual([]);
  expect(await leaks.find(code), 'the code, once back on the app').not.toContainEqual(
    expect.stringMatching(/Storage|cookies|history|the page/),
  );
});
