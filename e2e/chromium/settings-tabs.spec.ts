// Several tabs of the app: they follow each other's sign-out, password change and profile edits
// (storage events and BroadcastChannel), keep their own account when another tab switches, and
// never echo: a tab that follows sends nothing on, to the other tabs or to Firefox. Upstream:
// settings/multitab.spec.ts (fxa-upstream.md §7, 27); security reference §E.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { realUser, seedUser, sessionAlive, sessionOf, storedSession } from '../support/settings';
import { confirmStepUp } from '../support/step-up';

/** Records every BroadcastChannel message each page of the context posts. */
async function recordBroadcasts(context: BrowserContext) {
  await context.addInitScript(() => {
    const posted: unknown[] = [];
    Object.defineProperty(window, '__posted', { value: posted });
    const post = BroadcastChannel.prototype.postMessage;
    BroadcastChannel.prototype.postMessage = function (this: BroadcastChannel, message: unknown) {
      posted.push(message);
      return post.call(this, message);
    };
  });
}

const posted = (page: Page) =>
  page.evaluate(() => (window as unknown as { __posted: string[] }).__posted);

test.describe('other tabs', () => {
  test('a sign-out in another tab signs this one out, with no echo', async ({
    page,
    context,
    device,
    sentMessages,
  }) => {
    const user = await realUser('tabs-signout');
    await recordBroadcasts(context);
    // Tab 1 is Firefox's page for another account; its own session is the stored one.
    await device({ signedInUser: sessionOf(await realUser('tabs-firefox')) });
    await seedUser(page, user);
    await page.goto('/settings');
    await expect(page.getByTestId('primary-email')).toHaveText(user.email);

    const other = await context.newPage();
    await other.goto('/settings');
    await expect(other.getByTestId('primary-email')).toHaveText(user.email);
    await other.getByRole('button', { name: 'Account menu' }).click();
    await other.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(other.getByRole('heading', { name: 'Enter your email' })).toBeVisible();

    await expect(page).toHaveURL(/\/\?redirect_to=%2Fsettings$/);
    await expect(page.getByRole('heading', { name: 'Enter your email' })).toBeVisible();
    expect(await sessionAlive(user.sessionToken)).toBe(false);
    // The tab that signed out told the others once; the tab that followed told nobody.
    expect((await posted(other)).map((m) => JSON.parse(m))).toEqual([
      { name: 'signed_out', data: { uid: user.uid } },
    ]);
    expect(await posted(page)).toEqual([]);
    const toFirefox = (await sentMessages()).map((m) => m.command);
    expect(toFirefox).toEqual(['fxaccounts:fxa_status', 'fxaccounts:loaded']);
  });

  test('a password change in another tab: this tab takes the new session and keeps working', async ({
    page,
    context,
  }) => {
    const user = await realUser('tabs-password');
    await recordBroadcasts(context);
    await seedUser(page, user);
    await page.goto('/settings');
    await expect(page.getByTestId('display-name')).toHaveText('None');

    const other = await context.newPage();
    await other.goto('/settings/change_password');
    await other.getByLabel('Enter current password').fill(user.password);
    await other.getByLabel('Enter new password', { exact: true }).fill('another fine passphrase');
    await other.getByLabel('Re-enter new password').fill('another fine passphrase');
    await other.getByRole('button', { name: 'Save' }).click();
    await confirmStepUp(other, user.email);
    await expect(other.getByRole('status')).toContainText('Password updated');
    const newToken = (await storedSession(other, user.uid))?.sessionToken;
    expect(newToken).not.toBe(user.sessionToken);
    expect(await sessionAlive(user.sessionToken)).toBe(false);

    // The old token is dead on the server: an edit here only works with the new one.
    await page.getByRole('link', { name: 'Add display name' }).click();
    await page.getByLabel('Enter display name').fill('Still here');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('display-name')).toHaveText('Still here');
    await expect(page).toHaveURL(/\/settings$/);
    // The broadcast carried the uid only; this tab sent nothing back about the password.
    const fromOther = (await posted(other)).map((m) => JSON.parse(m));
    expect(fromOther).toEqual([{ name: 'password_changed', data: { uid: user.uid } }]);
    expect((await posted(page)).map((m) => JSON.parse(m).name)).toEqual(['profile_changed']);
  });

  test('a profile edit in another tab shows here without a reload', async ({ page, context }) => {
    const user = await realUser('tabs-profile');
    await seedUser(page, user);
    await page.goto('/settings');
    await expect(page.getByTestId('display-name')).toHaveText('None');
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });

    const other = await context.newPage();
    await other.goto('/settings/display_name');
    await other.getByLabel('Enter display name').fill('From the other tab');
    await other.getByRole('button', { name: 'Save' }).click();
    await expect(other.getByTestId('display-name')).toHaveText('From the other tab');

    await expect(page.getByTestId('display-name')).toHaveText('From the other tab');
    expect(
      await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
    ).toBe(true);
  });

  test('another tab switching to another account leaves this tab on its own', async ({
    page,
    context,
  }) => {
    const user = await realUser('tabs-mine');
    const otherUser = await realUser('tabs-theirs');
    await seedUser(page, user);
    await page.goto('/settings');
    await expect(page.getByTestId('primary-email')).toHaveText(user.email);

    // What a sign-in in that tab stores: a second account, made current (session/account-storage).
    const other = await context.newPage();
    await other.goto('/no-such-page');
    await other.evaluate((b) => {
      const accounts = JSON.parse(localStorage.getItem('__fxa_storage.accounts') ?? '{}');
      accounts[b.uid] = b;
      localStorage.setItem('__fxa_storage.accounts', JSON.stringify(accounts));
      localStorage.setItem('__fxa_storage.currentAccountUid', JSON.stringify(b.uid));
    }, sessionOf(otherUser));

    // This tab keeps its account, with its own token: no mixing of one account's email with
    // the other's session (security reference E2).
    await page.getByRole('link', { name: 'Add display name' }).click();
    await page.getByLabel('Enter display name').fill('Mine');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('display-name')).toHaveText('Mine');
    await expect(page.getByTestId('primary-email')).toHaveText(user.email);
    // And it did not take the current-account pointer back.
    expect(await page.evaluate(() => localStorage.getItem('__fxa_storage.currentAccountUid'))).toBe(
      JSON.stringify(otherUser.uid),
    );
  });

  test('an account deleted in another tab: this tab is signed out and forgets it, with no echo (D9)', async ({
    page,
    context,
  }) => {
    const user = await realUser('tabs-delete');
    await recordBroadcasts(context);
    await seedUser(page, user);
    await page.goto('/settings');
    await expect(page.getByTestId('primary-email')).toHaveText(user.email);

    const other = await context.newPage();
    await other.goto('/settings/delete_account');
    // all() does not wait: the page's checkboxes first.
    await expect(other.getByRole('checkbox').first()).toBeVisible();
    for (const box of await other.getByRole('checkbox').all()) await box.check();
    await other.getByRole('button', { name: 'Continue' }).click();
    await other.getByLabel('Enter your password to delete your account').fill(user.password);
    await other.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(other.getByText('Account deleted successfully')).toBeVisible();

    // This tab follows: signed out, on the sign-in page, the deleted account not suggested.
    await expect(page).toHaveURL(/\/\?redirect_to=%2Fsettings$/);
    await expect(page.getByRole('heading', { name: 'Enter your email' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('');
    expect(await storedSession(page, user.uid)).toBeUndefined();
    expect((await posted(other)).map((m) => JSON.parse(m))).toContainEqual({
      name: 'deleted',
      data: { uid: user.uid },
    });
    expect(await posted(page)).toEqual([]);
  });

  test('storage cleared in another tab signs this tab out', async ({ page, context }) => {
    const user = await realUser('tabs-clear');
    await seedUser(page, user);
    await page.goto('/settings');
    await expect(page.getByTestId('primary-email')).toHaveText(user.email);
    // The tab follows the others once the code for it has loaded, after the first render
    // (app/app-root.tsx): a change in the moment before is met on its next request instead.
    await page.waitForLoadState('networkidle');
    const other = await context.newPage();
    await other.goto('/no-such-page');
    await other.evaluate(() => localStorage.removeItem('__fxa_storage.accounts'));
    await expect(page).toHaveURL(/\/\?redirect_to=%2Fsettings$/);
  });
});
