// OAuth native (`context=oauth_webchannel_v1`): Firefox's own OAuth flows, with the simulated
// Firefox. After the sign-in the page sends fxaccounts:login (no keys), mints a code for Firefox's
// client and hands it over with fxaccounts:oauth_login (fxa-upstream.md §1.2, §2.2, §4.3). The
// test then plays Firefox: it redeems the code with its PKCE verifier and opens the keys_jwe.
import { createHash, randomBytes } from 'node:crypto';
import { compactDecrypt, exportJWK, generateKeyPair } from 'jose';
import { createAccount, uniqueEmail } from '../support/emulator';
import { commands, expect, test } from '../support/fixtures';
import { emulatorOrigin } from '../support/ports';
import { continueAs, submitCode, submitEmail, submitPassword } from '../support/signin-steps';

const FIREFOX_CLIENT = '5882386c6d801776';
const OLDSYNC = 'https://identity.mozilla.com/apps/oldsync';
const WEBCHANNEL_REDIRECT = 'urn:ietf:wg:oauth:2.0:oob:oauth-redirect-webchannel';

const base64url = (b: Buffer) => b.toString('base64url');

/** What Firefox puts in the URL when it starts an OAuth flow (fxaccounts:oauth_flow_begin). */
async function firefoxOAuthFlow(service: string, scope: string, withKeys: boolean) {
  const verifier = base64url(randomBytes(32));
  const state = base64url(randomBytes(16));
  const params = new URLSearchParams({
    context: 'oauth_webchannel_v1',
    client_id: FIREFOX_CLIENT,
    service,
    action: 'email',
    response_type: 'code',
    access_type: 'offline',
    scope,
    state,
    code_challenge: base64url(createHash('sha256').update(verifier).digest()),
    code_challenge_method: 'S256',
  });
  const keys = withKeys ? await generateKeyPair('ECDH-ES', { crv: 'P-256' }) : undefined;
  if (keys) {
    const jwk = await exportJWK(keys.publicKey);
    params.set('keys_jwk', base64url(Buffer.from(JSON.stringify(jwk))));
  }
  return { url: `/?${params}`, verifier, state, privateKey: keys?.privateKey };
}

/** Firefox's side of the code: POST /v1/token with the verifier (RFC 7636). */
async function redeem(code: string, verifier: string) {
  const res = await fetch(`${emulatorOrigin}/v1/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      client_id: FIREFOX_CLIENT,
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
    }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

type OAuthLogin = {
  action: string;
  code: string;
  state: string;
  redirect: string;
  scope?: string;
  offeredSyncEngines?: string[];
  declinedSyncEngines?: string[];
};

test.describe('OAuth native for Sync', () => {
  test('sign-in → code → engines → fxaccounts:login, then oauth_login with a redeemable code and keys', async ({
    page,
    device,
    sentMessages,
  }) => {
    const { email, uid } = await createAccount({ email: uniqueEmail('native') });
    const flow = await firefoxOAuthFlow('sync', `profile ${OLDSYNC}`, true);
    await device({
      signedInUser: null,
      capabilities: { choose_what_to_sync: true, engines: ['bookmarks', 'passwords'] },
    });
    await page.goto(flow.url);
    await expect(
      page.getByRole('heading', { name: 'Continue to your Mozilla account' }),
    ).toBeVisible();
    await submitEmail(page, email);
    await submitPassword(page);
    await submitCode(page, email);
    await expect(page.getByRole('checkbox')).toHaveCount(2);
    await page.getByRole('checkbox', { name: 'Passwords' }).uncheck();
    await page.getByRole('button', { name: 'Start syncing' }).click();
    await expect(page.getByRole('heading', { name: 'You’re signed into Firefox' })).toBeVisible();

    const sent = await sentMessages();
    expect(commands(sent)).toEqual([
      'fxaccounts:fxa_status',
      'fxaccounts:loaded',
      'fxaccounts:can_link_account',
      'fxaccounts:login',
      'fxaccounts:oauth_login',
    ]);
    // For OAuth the keys do not go in fxaccounts:login: they travel with the code.
    const login = sent[3]?.data as Record<string, unknown>;
    expect(login).toMatchObject({ email, uid, verified: true });
    expect(login).not.toHaveProperty('keyFetchToken');
    expect(login).not.toHaveProperty('unwrapBKey');
    expect(login.services).toEqual({
      sync: { offeredEngines: ['bookmarks', 'passwords'], declinedEngines: ['passwords'] },
    });
    const oauthLogin = sent[4]?.data as OAuthLogin;
    expect(oauthLogin).toEqual({
      action: 'signin',
      code: expect.stringMatching(/^[0-9a-f]{64}$/),
      state: flow.state,
      redirect: WEBCHANNEL_REDIRECT,
      scope: `profile ${OLDSYNC}`,
      offeredSyncEngines: ['bookmarks', 'passwords'],
      declinedSyncEngines: ['passwords'],
    });
    expect(page.url()).not.toContain(oauthLogin.code);

    const token = await redeem(oauthLogin.code, flow.verifier);
    expect(token.status).toBe(200);
    expect(token.body).toMatchObject({
      access_token: expect.any(String),
      refresh_token: expect.any(String),
    });
    if (!flow.privateKey || typeof token.body.keys_jwe !== 'string') throw new Error('no keys_jwe');
    const { plaintext } = await compactDecrypt(token.body.keys_jwe, flow.privateKey);
    const keys = JSON.parse(new TextDecoder().decode(plaintext)) as Record<
      string,
      Record<string, string>
    >;
    expect(Object.keys(keys)).toEqual([OLDSYNC]);
    expect(keys[OLDSYNC]).toMatchObject({ kty: 'oct', scope: OLDSYNC });
    expect(keys[OLDSYNC]?.kid).toMatch(/^\d{13}-[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(keys[OLDSYNC]?.k ?? '', 'base64url')).toHaveLength(64);
    // A code is single-use.
    expect((await redeem(oauthLogin.code, flow.verifier)).status).toBe(400);
  });

  test('sign-up: oauth_login says signup', async ({ page, device, sentMessages }) => {
    const email = uniqueEmail('native-signup');
    const flow = await firefoxOAuthFlow('sync', `profile ${OLDSYNC}`, true);
    await device({ signedInUser: null, capabilities: { choose_what_to_sync: false, engines: [] } });
    await page.goto(flow.url);
    await submitEmail(page, email);
    await page.getByLabel('Password', { exact: true }).fill('purple monkey dishwasher');
    await page.getByLabel('Repeat password').fill('purple monkey dishwasher');
    await page.getByRole('button', { name: 'Create account' }).click();
    await submitCode(page, email);
    await expect(page.getByRole('heading', { name: 'You’re signed into Firefox' })).toBeVisible();
    const oauthLogin = (await sentMessages()).find((m) => m.command === 'fxaccounts:oauth_login')
      ?.data as OAuthLogin | undefined;
    expect(oauthLogin).toMatchObject({ action: 'signup', state: flow.state });
    expect((await redeem(oauthLogin?.code ?? '', flow.verifier)).status).toBe(200);
  });

  test('the browser’s account still needs the password for Sync', async ({ page, device }) => {
    const account = await createAccount({
      email: uniqueEmail('native-browser'),
      session: { verified: true },
    });
    const flow = await firefoxOAuthFlow('sync', `profile ${OLDSYNC}`, true);
    await device({
      signedInUser: { ...account, sessionToken: account.sessionToken ?? '', verified: true },
    });
    await page.goto(flow.url);
    await expect(page.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
    await expect(page.getByText(account.email)).toBeVisible();
    await expect(continueAs(page, account.email)).toHaveCount(0);
  });

  test('an account Firefox reports unverified is prefilled; its token is never used', async ({
    page,
    device,
  }) => {
    // Firefox can say `verified: false` for an OAuth-native sign-in that has finished (upstream
    // mozilla/fxa PR #20466): the address is offered, the password still asked for.
    const account = await createAccount({
      email: uniqueEmail('native-unverified'),
      session: { verified: true },
    });
    const flow = await firefoxOAuthFlow('sync', `profile ${OLDSYNC}`, true);
    await device({
      signedInUser: { ...account, sessionToken: account.sessionToken ?? '', verified: false },
    });
    await page.goto(flow.url);
    await expect(
      page.getByRole('heading', { name: 'Continue to your Mozilla account' }),
    ).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue(account.email);
    await page.getByRole('button', { name: 'Sign up or sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
    await expect(continueAs(page, account.email)).toHaveCount(0);
    const stored = await page.evaluate(() =>
      JSON.stringify({ ...localStorage, ...sessionStorage }),
    );
    expect(stored).not.toContain(account.sessionToken);
  });
});

test.describe('OAuth native for another Firefox service', () => {
  test('with the browser’s account: one click, fxaccounts:login then oauth_login, then settings', async ({
    page,
    device,
    sentMessages,
  }) => {
    const account = await createAccount({
      email: uniqueEmail('native-relay'),
      session: { verified: true },
    });
    const flow = await firefoxOAuthFlow('relay', 'profile', false);
    await device({
      signedInUser: { ...account, sessionToken: account.sessionToken ?? '', verified: true },
    });
    await page.goto(flow.url);
    await continueAs(page, account.email).click();
    await expect(page).toHaveURL(/\/settings\?/);
    await expect(page.getByTestId('primary-email')).toHaveText(account.email);

    const sent = await sentMessages();
    expect(commands(sent).slice(-3)).toEqual([
      'fxaccounts:can_link_account',
      'fxaccounts:login',
      'fxaccounts:oauth_login',
    ]);
    expect(sent.at(-2)?.data).toEqual({
      email: account.email,
      uid: account.uid,
      sessionToken: account.sessionToken,
      verified: true,
      verifiedCanLinkAccount: true,
      services: { relay: {} },
    });
    const oauthLogin = sent.at(-1)?.data as OAuthLogin;
    expect(oauthLogin).toMatchObject({
      action: 'signin',
      state: flow.state,
      redirect: WEBCHANNEL_REDIRECT,
    });
    expect(oauthLogin).not.toHaveProperty('offeredSyncEngines');
    const token = await redeem(oauthLogin.code, flow.verifier);
    expect(token.status).toBe(200);
    expect(token.body).not.toHaveProperty('keys_jwe');
  });
});
