// `/authorization` parameter validation (fxa-upstream.md §4; security-tests.md §B, §C): errors
// about the client or its redirect stay on a Bad Request page and never navigate; other errors go
// back to the *registered* redirect with `error` and `state`, or stay with return_on_error=false.
import { uniqueEmail } from '../support/emulator';
import { browserUser, expect, test } from '../support/fixtures';
import {
  authorizationPath,
  CHALLENGE,
  nextRelierNavigation,
  RELIERS,
  watchForeignRequests,
} from '../support/oauth';
import { appOrigin } from '../support/ports';

const badRequest = (page: import('@playwright/test').Page) =>
  page.getByRole('heading', { level: 1, name: 'Bad Request' });

test.describe('Bad Request: the client or its redirect is wrong (no navigation)', () => {
  const cases: [string, Record<string, string | string[] | undefined>, RegExp][] = [
    ['no client_id', { client_id: undefined }, /^Unknown client$/],
    ['a client_id that is not 16 hex', { client_id: 'DCDB5AE7ADD825D2' }, /^Unknown client$/],
    ['a client_id of the wrong length', { client_id: 'dcdb5ae7add825' }, /^Unknown client$/],
    ['a client the server does not know', { client_id: '0123456789abcdef' }, /^Unknown client$/],
    [
      'a redirect_uri on another host (B1)',
      { redirect_uri: 'https://evil.example/api/oauth' },
      /^Incorrect redirect_uri$/,
    ],
    [
      'a redirect_uri with a trailing slash',
      { redirect_uri: `${RELIERS.trusted.redirectUri}/` },
      /^Incorrect redirect_uri$/,
    ],
    [
      'a redirect_uri with an extra query',
      { redirect_uri: `${RELIERS.trusted.redirectUri}?next=https://evil.example` },
      /^Incorrect redirect_uri$/,
    ],
    [
      'another client’s redirect_uri',
      { redirect_uri: RELIERS.pocket.redirectUri },
      /^Incorrect redirect_uri$/,
    ],
    [
      'a javascript: redirect_uri',
      { redirect_uri: 'javascript:alert(1)' },
      /^Incorrect redirect_uri$/,
    ],
    ['no state (B6)', { state: undefined }, /^Missing OAuth parameter: .?state.?$/],
    [
      'a state over 512 characters',
      { state: 's'.repeat(513) },
      /^Invalid OAuth parameter: .?state.?$/,
    ],
    ['no scope', { scope: undefined }, /^Missing OAuth parameter: .?scope.?$/],
    ['service= on a relier (B16)', { service: 'sync' }, /^Invalid OAuth parameter: .?service.?$/],
    [
      'a repeated client_id',
      { client_id: [RELIERS.trusted.clientId, RELIERS.pocket.clientId] },
      /^Unknown client$/,
    ],
    [
      'an untrusted client asking only for what it may not have (B14)',
      {
        client_id: RELIERS.untrusted.clientId,
        redirect_uri: RELIERS.untrusted.redirectUri,
        scope: 'profile:write https://identity.mozilla.com/apps/oldsync',
      },
      /^Invalid OAuth parameter: .?scope.?$/,
    ],
    [
      'keys for a redirect not allowed to receive them (B15)',
      { scope: 'profile https://identity.mozilla.com/apps/oldsync', keys_jwk: 'eyJrdHkiOiJFQyJ9' },
      /^Invalid redirect parameter$/,
    ],
  ];
  for (const [name, params, message] of cases) {
    test(name, async ({ page, allowConsoleError }) => {
      // The server's 400 for an id it does not know (errno 162), logged by the browser.
      if (name.includes('server does not know')) allowConsoleError(/status of 400/);
      const foreign = watchForeignRequests(page);
      await page.goto(authorizationPath(params));
      await expect(badRequest(page)).toBeVisible();
      await expect(page.getByRole('alert')).toHaveText(message);
      await expect(page.getByRole('button', { name: /Continue as/ })).toHaveCount(0);
      expect(new URL(page.url()).origin).toBe(appOrigin);
      expect(foreign().map((r) => r.url())).toEqual([]);
    });
  }

  test('a 10 KB state is refused without being echoed (C6)', async ({ page }) => {
    await page.goto(authorizationPath({ state: `MARK${'x'.repeat(10_000)}` }));
    await expect(page.getByRole('alert')).toHaveText(/^Invalid OAuth parameter: .?state.?$/);
    await expect(page.getByText('MARKxxxx')).toHaveCount(0);
  });

  test('100 KB parameters: the server refuses the request line, the app refuses the values (C6)', async ({
    page,
    request,
  }) => {
    const huge = `MARK${'x'.repeat(100_000)}`;
    const response = await request.get(authorizationPath({ state: huge }));
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
    expect(await response.text()).not.toContain('MARKxxxx');
    // Reached in the page without the server (a client-side navigation), the app still refuses.
    await page.goto(authorizationPath());
    await page.evaluate(
      (path) => {
        window.history.pushState(null, '', path);
        window.dispatchEvent(new PopStateEvent('popstate'));
      },
      authorizationPath({ scope: huge }),
    );
    await expect(page.getByRole('alert')).toHaveText(/^Invalid OAuth parameter: .?scope.?$/);
    await expect(page.getByText('MARKxxxx')).toHaveCount(0);
  });

  test('client information keeps failing (5xx): bounded retries, then an error page; Try again recovers (B5)', async ({
    page,
    device,
    allowConsoleError,
  }) => {
    allowConsoleError(/status of 503/);
    await device({ signedInUser: browserUser });
    let calls = 0;
    await page.route('**/v1/oauth/client/**', (route) => {
      calls += 1;
      return route.fulfill({ status: 503, contentType: 'application/json', body: '{"errno":201}' });
    });
    const foreign = watchForeignRequests(page);
    await page.goto(authorizationPath());
    await expect(page.getByRole('alert')).toHaveText('System unavailable, try again soon');
    expect(calls).toBe(3);
    expect(foreign()).toEqual([]);
    // The query's redirect_uri was never used as a fallback; once the server answers, the flow goes on.
    await page.unroute('**/v1/oauth/client/**');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: /^Continue to .?123Done.?$/ }),
    ).toBeVisible();
  });
});

test.describe('errors that go back to the relier’s registered redirect', () => {
  const cases: [string, Record<string, string | undefined>, string][] = [
    [
      'code_challenge_method=plain (B8)',
      { code_challenge: CHALLENGE, code_challenge_method: 'plain' },
      'invalid_request',
    ],
    [
      'a 42-character code_challenge (B9)',
      { code_challenge: CHALLENGE.slice(1), code_challenge_method: 'S256' },
      'invalid_request',
    ],
    [
      'a 44-character code_challenge (B9)',
      { code_challenge: `${CHALLENGE}A`, code_challenge_method: 'S256' },
      'invalid_request',
    ],
    [
      'a code_challenge with + and / (B9)',
      { code_challenge: `${CHALLENGE.slice(2)}+/`, code_challenge_method: 'S256' },
      'invalid_request',
    ],
    ['a code_challenge without its method (B10)', { code_challenge: CHALLENGE }, 'invalid_request'],
    [
      'a code_challenge_method without a challenge (B10)',
      { code_challenge_method: 'S256' },
      'invalid_request',
    ],
    ['response_type=token (B12)', { response_type: 'token' }, 'unsupported_response_type'],
    ['response_mode=fragment (B12)', { response_mode: 'fragment' }, 'invalid_request'],
    ['an unknown prompt', { prompt: 'select_account' }, 'invalid_request'],
  ];
  for (const [name, params, error] of cases) {
    test(name, async ({ page }) => {
      const target = await nextRelierNavigation(page, () => page.goto(authorizationPath(params)));
      expect(target.origin + target.pathname).toBe(RELIERS.trusted.redirectUri);
      expect(Object.fromEntries(target.searchParams)).toEqual({
        error,
        state: 'st4te-from-relier',
      });
    });
  }

  test('without redirect_uri, the error goes to the registered one (B3)', async ({ page }) => {
    const target = await nextRelierNavigation(page, () =>
      page.goto(authorizationPath({ redirect_uri: undefined, response_type: 'token' })),
    );
    expect(target.origin + target.pathname).toBe(RELIERS.trusted.redirectUri);
    expect(target.searchParams.get('error')).toBe('unsupported_response_type');
  });

  test('an unregistered redirect_uri is never used, even for an error it would receive', async ({
    page,
  }) => {
    const foreign = watchForeignRequests(page);
    await page.goto(
      authorizationPath({ redirect_uri: 'https://evil.example/cb', response_type: 'token' }),
    );
    await expect(page.getByRole('alert')).toHaveText('Incorrect redirect_uri');
    expect(foreign()).toEqual([]);
  });

  test('return_on_error=false: the error stays on a Bad Request page', async ({ page }) => {
    const foreign = watchForeignRequests(page);
    await page.goto(
      authorizationPath({
        code_challenge: CHALLENGE,
        code_challenge_method: 'plain',
        return_on_error: 'false',
      }),
    );
    await expect(badRequest(page)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText(
      /^Invalid OAuth parameter: .?code_challenge_method.?$/,
    );
    expect(foreign()).toEqual([]);
  });
});

test.describe('handing over to the sign-in flow', () => {
  test('no session: email-first at /oauth, the query kept', async ({ page }) => {
    const path = authorizationPath({ action: 'email' });
    await page.goto(path);
    await expect(page).toHaveURL(`${appOrigin}/oauth?${path.split('?')[1]}`);
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('');
  });

  test('no session, with a login_hint: the sign-in pages act on it (sign-up for a new address)', async ({
    page,
  }) => {
    const hint = uniqueEmail('hint');
    await page.goto(authorizationPath({ login_hint: hint }));
    await expect(page).toHaveURL(
      new RegExp(`/oauth/signup\\?.*login_hint=${encodeURIComponent(hint).replace(/\./g, '\\.')}`),
    );
    await expect(page.getByText(hint, { exact: true })).toBeVisible();
  });

  test('Firefox’s own flow (context=oauth_webchannel_v1) goes to the sign-in pages, never to its URN', async ({
    page,
  }) => {
    const foreign = watchForeignRequests(page);
    const query = new URLSearchParams({
      client_id: '5882386c6d801776',
      redirect_uri: 'urn:ietf:wg:oauth:2.0:oob:oauth-redirect-webchannel',
      state: 'native-state',
      scope: 'profile https://identity.mozilla.com/apps/oldsync',
      context: 'oauth_webchannel_v1',
      service: 'sync',
    });
    await page.goto(`/authorization?${query}`);
    await expect(page).toHaveURL(`${appOrigin}/oauth?${query}`);
    await expect(page.getByRole('textbox', { name: 'Email' })).toBeVisible();
    // Even an error the relier would otherwise get back never leaves for the URN.
    query.set('response_type', 'token');
    await page.goto(`/authorization?${query}`);
    await expect(page.getByRole('heading', { name: 'Bad Request' })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(appOrigin);
    expect(foreign()).toEqual([]);
  });
});
