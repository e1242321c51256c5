// errno 138 on the settings pages (security reference D3; upstream apollo-client's
// isUnverifiedSessionError): a session still waiting for its emailed code is sent to sign-in,
// which confirms it with a code, and comes back to the page. The token is kept throughout; never
// the error dialog whose Try again would fail the same way.
import { createAccount, uniqueEmail } from '../support/emulator';
import { expect, test } from '../support/fixtures';
import { failedLoad, storedSession } from '../support/settings';
import { continueAs, submitCode } from '../support/signin-steps';

for (const [name, storedAsVerified] of [
  ['stored as unconfirmed', false],
  ['stored as confirmed, but not on the server', true],
] as const) {
  test(`an unconfirmed session (${name}) on /settings goes to confirmation, keeps its token, and comes back`, async ({
    page,
    allowConsoleError,
  }) => {
    allowConsoleError(failedLoad(400));
    const account = await createAccount({
      email: uniqueEmail('unconfirmed-settings'),
      session: { verified: false },
    });
    const sessionToken = account.sessionToken as string;
    await page.addInitScript(
      ({ a, verified }) => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(
          '__fxa_storage.accounts',
          JSON.stringify({
            [a.uid]: { uid: a.uid, email: a.email, sessionToken: a.sessionToken, verified },
          }),
        );
        localStorage.setItem('__fxa_storage.currentAccountUid', JSON.stringify(a.uid));
      },
      { a: { ...account, sessionToken }, verified: storedAsVerified },
    );

    await page.goto('/settings/display_name');
    await expect(page).toHaveURL(/redirect_to=%2Fsettings%2Fdisplay_name/);
    await expect(page.getByRole('dialog', { name: 'General application error' })).toHaveCount(0);
    expect((await storedSession(page, account.uid))?.sessionToken).toBe(sessionToken);

    await continueAs(page, account.email).click();
    await submitCode(page, account.email);
    await expect(page).toHaveURL(/\/settings\/display_name$/);
    await expect(page.getByLabel('Enter display name')).toBeVisible();
    expect((await storedSession(page, account.uid))?.sessionToken).toBe(sessionToken);
  });
}
