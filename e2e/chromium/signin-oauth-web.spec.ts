// The sign-in steps of an OAuth web relier (123done, trusted): email-first on /oauth, login_hint,
// cached "Continue as" versus the password when the relier needs it (fxa-upstream.md §2.2, §4.4,
// scenarios 13 and 15). The round trip back to the relier belongs to the OAuth feature's specs.
import { createAccount, uniqueEmail } from '../support/emulator';
import { expect, test } from '../support/fixtures';
import { relierOrigin } from '../support/ports';
import { continueAs, submitEmail, submitPassword } from '../support/signin-steps';

const RELIER = 'client_id=dcdb5ae7add825d2&state=relier-state&scope=profile';

async function accountWithSession(label: string) {
  const account = await createAccount({ email: uniqueEmail(label), session: { verified: true } });
  if (!account.sessionToken) throw new Error('the emulator made no session');
  return { ...account, sessionToken: account.sessionToken, verified: true };
}

test.describe('OAuth web relier, no browser account', () => {
  test('email-first on /oauth leads to /oauth/signin with the query kept', async ({ page }) => {
    const { email } = await createAccount({ email: uniqueEmail('oauth') });
    await page.goto(`/oauth?${RELIER}`);
    await expect(page.getByRole('heading', { name: 'Enter your email' })).toBeVisible();
    await submitEmail(page, email);
    await expect(page).toHaveURL(`/oauth/signin?${RELIER}`);
    await expect(page.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();

    // From the click to the code page, nothing else shows: every node added to the page is
    // recorded, even one removed again within the same task (issue #20, item 7: the new session
    // made the stored-session card flash before the code page).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenTexts: string[] }).seenTexts = seen;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) seen.push(n.textContent ?? '');
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await submitPassword(page);
    await expect(page.getByRole('heading', { name: 'Enter confirmation code' })).toBeVisible();
    const seen = await page.evaluate(
      () => (window as unknown as { seenTexts: string[] }).seenTexts,
    );
    expect(seen.join('\n')).not.toContain('Continue as');
  });

  test('login_hint of an account goes straight to its password', async ({ page }) => {
    const { email } = await createAccount({ email: uniqueEmail('hint') });
    await page.goto(`/oauth?${RELIER}&login_hint=${encodeURIComponent(email)}`);
    await expect(page).toHaveURL(/\/oauth\/signin\?/);
    await expect(page.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();
  });

  test('login_hint of no account goes to sign-up, prefilled', async ({ page }) => {
    const email = uniqueEmail('newcomer');
    await page.goto(`/oauth?${RELIER}&login_hint=${encodeURIComponent(email)}`);
    await expect(page).toHaveURL(/\/oauth\/signup\?/);
    await expect(page.getByRole('heading', { name: 'Set your password' })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();
  });

  test('invalid OAuth parameters stop the flow on a Bad Request page', async ({ page }) => {
    await page.goto('/oauth?client_id=not-a-client&state=s&scope=profile');
    await expect(page.getByRole('heading', { name: 'Bad Request' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText('Unknown client');
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveCount(0);
  });
});

test.describe('OAuth web relier, with the browser’s account', () => {
  test('cached sign-in: one button, no password', async ({ page, device }) => {
    const user = await accountWithSession('cached-oauth');
    await device({ signedInUser: user });
    await page.goto(`/oauth?${RELIER}`);
    await expect(page).toHaveURL(`/oauth/signin?${RELIER}`);
    await expect(continueAs(page, user.email)).toBeVisible();
    await expect(page.getByLabel('Password', { exact: true })).toHaveCount(0);
  });

  for (const [why, extra] of [
    ['prompt=login', 'prompt=login'],
    ['max_age=0', 'max_age=0'],
    ['keys (keys_jwk)', 'keys_jwk=eyJrdHkiOiJFQyJ9'],
  ] as const) {
    test(`${why} needs the password even with a session`, async ({ page, device }) => {
      const user = await accountWithSession('password-needed');
      await device({ signedInUser: user });
      await page.goto(`/oauth?${RELIER}&${extra}`);
      await expect(page.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
      await expect(page.getByText(user.email)).toBeVisible();
      await expect(continueAs(page, user.email)).toHaveCount(0);
    });
  }

  test('a redirect_uri the client did not register is a Bad Request at once, as on /authorization', async ({
    page,
    device,
  }) => {
    // Issue #20, item 6: one trailing slash off the registered <relier>/api/oauth.
    const user = await accountWithSession('late-redirect');
    await device({ signedInUser: user });
    const redirect = encodeURIComponent(`${relierOrigin}/api/oauth/`);
    await page.goto(`/oauth?${RELIER}&redirect_uri=${redirect}`);
    await expect(page.getByRole('heading', { name: 'Bad Request' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText('Incorrect redirect_uri');
    await expect(continueAs(page, user.email)).toHaveCount(0);
    await page.goto(`/oauth/signin?${RELIER}&redirect_uri=${redirect}`);
    await expect(page.getByRole('heading', { name: 'Bad Request' })).toBeVisible();
    await expect(continueAs(page, user.email)).toHaveCount(0);
  });

  test('a login_hint for someone else wins over the session', async ({ page, device }) => {
    const user = await accountWithSession('session');
    const other = await createAccount({ email: uniqueEmail('hinted') });
    await device({ signedInUser: user });
    await page.goto(`/oauth?${RELIER}&login_hint=${encodeURIComponent(other.email)}`);
    await expect(page.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
    await expect(page.getByText(other.email)).toBeVisible();
    await expect(page.getByText(user.email)).toHaveCount(0);
  });
});
