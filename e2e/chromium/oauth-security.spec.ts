// The general defences behind security-tests.md §B and §C, beyond one case per row: a redirect
// is only ever a registered one, whatever the flow (error, prompt=none, one click); nothing the
// flow carries leaks through Referer, the console or storage; the endpoint cannot be read
// cross-origin.
import type { ConsoleMessage } from '@playwright/test';
import { registerClient } from '../support/emulator';
import { expect, test } from '../support/fixtures';
import {
  authorizationPath,
  deviceUser,
  firefoxAccount,
  nextRelierNavigation,
  RELIERS,
  watchForeignRequests,
} from '../support/oauth';
import { appOrigin, emulatorOrigin, relierOrigin } from '../support/ports';
import { isolated } from '../support/signin-steps';

const registered = RELIERS.trusted.redirectUri; // http://localhost:<relier>/api/oauth
const host = new URL(registered).host;

/** Near misses of the registered redirect: each must be refused, never navigated to. */
const HOSTILE_REDIRECTS = [
  `http://${host}.evil.example/api/oauth`,
  `http://${host}@evil.example/api/oauth`,
  `http://evil.example@${host}/api/oauth`,
  `https://${host}/api/oauth`,
  `http://${host.toUpperCase()}/api/oauth`,
  `${registered}#fragment`,
  `${registered}/../../evil`,
  `${registered}%2F..%2Fevil`,
  `${registered}?`,
  ` ${registered}`,
  `${registered}\t`,
  `//evil.example/api/oauth`,
  `/api/oauth`,
  `data:text/html,<script>alert(1)</script>`,
  `JaVaScRiPt:alert(1)`,
  `http://127.0.0.1:${new URL(relierOrigin).port}/api/oauth`,
];

test.describe('a redirect is only ever a registered one', () => {
  for (const redirect of HOSTILE_REDIRECTS) {
    test(`refused: ${JSON.stringify(redirect)}`, async ({ page, device }) => {
      const account = await firefoxAccount('hostile');
      await device({ signedInUser: deviceUser(account) });
      const foreign = watchForeignRequests(page);
      // An error the relier would get back, a silent flow, and a one-click flow.
      for (const params of [{ response_type: 'token' }, { prompt: 'none' }, {}]) {
        await page.goto(authorizationPath({ redirect_uri: redirect, ...params }));
        await expect(page.getByRole('heading', { name: 'Bad Request' })).toBeVisible();
        await expect(page.getByRole('alert')).toHaveText('Incorrect redirect_uri');
        await expect(page.getByRole('button', { name: /Continue as/ })).toHaveCount(0);
      }
      expect(foreign().map((r) => r.url())).toEqual([]);
    });
  }

  test('the relier’s state comes back exactly, whatever it holds', async ({ page }) => {
    const state = `a b&c=d%25?#/<>"'é${'z'.repeat(400)}`;
    const target = await nextRelierNavigation(page, () =>
      page.goto(authorizationPath({ state, response_type: 'token' })),
    );
    expect(target.searchParams.get('state')).toBe(state);
    expect(target.origin + target.pathname).toBe(registered);
  });
});

test.describe('nothing leaks on the way back (B25, B26, D4, D5)', () => {
  test('no Referer to the relier, no third-party request, no code, state or token in the console', async ({
    page,
    device,
  }) => {
    const account = await firefoxAccount('leak');
    await device({ signedInUser: deviceUser(account) });
    const messages: string[] = [];
    page.on('console', (m: ConsoleMessage) => messages.push(m.text()));
    const foreign = watchForeignRequests(page);
    const state = 'relier-state-7f3a9c';
    await page.goto(authorizationPath({ state }));
    const back = await Promise.all([
      page.waitForRequest((r) => r.isNavigationRequest() && r.url().startsWith(registered)),
      page.getByRole('button', { name: /Continue as/ }).click(),
    ]).then(([request]) => request);
    const code = new URL(back.url()).searchParams.get('code') as string;
    expect(code).toMatch(/^[0-9a-f]{64}$/);
    expect(await back.headerValue('referer')).toBeNull();
    // Outside the app and the auth server: the way back, then the relier's own pages only.
    expect(foreign()[0]?.url()).toBe(back.url());
    expect(foreign().filter((r) => !r.url().startsWith(`${relierOrigin}/`))).toEqual([]);
    const logged = messages.join('\n');
    for (const secret of [code, state, account.sessionToken]) expect(logged).not.toContain(secret);
    // …and the app's URL never held the code or the token.
    expect(page.url()).not.toContain(account.sessionToken);
  });
});

test('the authorization endpoint cannot be read cross-origin (B24)', async ({
  page,
  allowConsoleError,
}) => {
  // Chromium reports the refusal itself.
  allowConsoleError(/blocked by CORS policy|Failed to load resource/);
  // Any other origin without a CSP of its own: the emulator's discovery document.
  await page.goto(`${emulatorOrigin}/.well-known/openid-configuration`);
  const outcome = await page.evaluate(async (url) => {
    try {
      const res = await fetch(url, { mode: 'cors' });
      return `read ${res.status}`;
    } catch (error) {
      return (error as Error).name;
    }
  }, `${appOrigin}${authorizationPath()}`);
  expect(outcome).toBe('TypeError');
});

test('an `email` that is not an email is ignored like login_hint (C5)', async ({
  page,
  device,
}) => {
  const account = await firefoxAccount('emailparam');
  await device({ signedInUser: deviceUser(account) });
  await page.goto(authorizationPath({ email: '<img src=x onerror=alert(1)>' }));
  await expect(page.getByRole('button', { name: /Continue as/ })).toBeVisible();
  await expect(page.getByText('onerror')).toHaveCount(0);
  expect(await page.locator('img').count()).toBe(0);
});

test('a relier’s name is text: shown exactly as registered, markup and all, nothing fetched', async ({
  page,
  device,
}) => {
  // Fluent's default markup parsing would show "Continue to Evil Co bold &" and try the <img>
  // (a CSP violation, a console error that fails this test). Issue #20, item 5.
  const name = 'Evil<img src=x onerror="x()"> Co <b>bold</b> &amp;';
  const redirectUri = `${relierOrigin}/evil/callback`;
  const client = await registerClient({ name, redirectUris: [redirectUri], trusted: false });
  const account = await firefoxAccount('evilname');
  await device({ signedInUser: deviceUser(account) });
  const foreign = watchForeignRequests(page);
  await page.goto(
    authorizationPath({ client_id: client.id, redirect_uri: redirectUri, scope: 'profile' }),
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Continue to ${isolated(name)}`);
  await page.getByRole('button', { name: /Continue as/ }).click();
  await expect(page.getByRole('heading', { name: 'Request for permission' })).toBeVisible();
  await expect(page.getByText('would like to access')).toHaveText(
    `${isolated(name)} would like to access:`,
  );
  expect(await page.locator('main img, main b').count()).toBe(0);
  expect(foreign()).toEqual([]);
});
