// Route-level tests of the settings sub-pages for the display name, the profile picture and
// account deletion (app/test/render-app.testutil.tsx), against the emulator behind MSW.

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installAppEmulator, renderApp } from '../../test/render-app.testutil';

const emulator = installAppEmulator();
const { state } = emulator.emulator;

/** Gives the account a picture, as an earlier upload to the profile server would have. */
function givePicture(uid: string) {
  const account = state.accounts.get(uid);
  if (!account) throw new Error('no such account');
  const id = 'a'.repeat(32);
  state.avatars.set(id, { id, uid, contentType: 'image/png', bytes: new Uint8Array([0x89]) });
  account.avatar = { id, url: `http://localhost:9000/profile/a/${id}` };
}

describe('/settings/display_name', () => {
  it('saves only a changed name, and an emptied one removes it', async () => {
    const account = await emulator.account();
    const record = state.accounts.get(account.uid);
    if (record) record.displayName = 'Ada';
    const { router } = await renderApp('/settings/display_name', { signedIn: account });
    const name = await screen.findByRole(
      'textbox',
      { name: 'Enter display name' },
      { timeout: 5000 },
    );
    await waitFor(() => expect((name as HTMLInputElement).value).toBe('Ada'));
    const save = screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    await userEvent.type(name, '  ');
    expect(save.disabled).toBe(true);
    await userEvent.clear(name);
    expect(save.disabled).toBe(false);
    await userEvent.click(save);
    expect(await screen.findByText('Display name updated', {}, { timeout: 5000 })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/settings');
    expect(emulator.emulator.control.account(account.email)?.displayName ?? null).toBeNull();
    expect(await screen.findByRole('link', { name: 'Add display name' })).toBeTruthy();
  });
});

describe('/settings/avatar', () => {
  it('removes the photo there is and goes back to settings', async () => {
    const account = await emulator.account();
    givePicture(account.uid);
    const { router } = await renderApp('/settings/avatar', { signedIn: account });
    await screen.findByRole('heading', { name: 'Profile picture' }, { timeout: 5000 });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Remove photo' }, { timeout: 5000 }),
    );
    expect(await screen.findByText('Profile picture removed', {}, { timeout: 5000 })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/settings');
    expect(state.accounts.get(account.uid)?.avatar).toBeNull();
  });

  it('offers no removal without a photo, and refuses a file that is not a picture', async () => {
    const account = await emulator.account();
    await renderApp('/settings/avatar', { signedIn: account });
    await screen.findByRole('heading', { name: 'Profile picture' }, { timeout: 5000 });
    expect(screen.queryByRole('button', { name: 'Remove photo' })).toBeNull();
    // happy-dom decodes no images (no createImageBitmap), so only a refusal can be shown here;
    // choosing and uploading a real photo is e2e's (e2e/chromium/settings-profile.spec.ts).
    const text = new File(['not a picture'], 'notes.png', { type: 'image/png' });
    await userEvent.upload(screen.getByLabelText('Upload a photo'), text);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This file is not a picture that can be used. Choose a PNG, JPEG, GIF or WebP image.',
    );
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(state.accounts.get(account.uid)?.avatar).toBeNull();
  });
});

describe('/settings/delete_account', () => {
  const acknowledgements = [
    'My saved data, Sync data included, will be deleted.',
    'Any paid subscriptions will be canceled.',
    'This cannot be undone.',
  ];

  /** Step 1 done: every acknowledgement ticked, Continue pressed. */
  async function acknowledge() {
    await screen.findByRole('heading', { name: 'Delete account' }, { timeout: 5000 });
    const next = screen.getByRole('button', { name: 'Continue' }) as HTMLButtonElement;
    for (const text of acknowledgements) {
      expect(next.disabled).toBe(true);
      await userEvent.click(screen.getByRole('checkbox', { name: text }));
    }
    expect(next.disabled).toBe(false);
    await userEvent.click(next);
    return screen.getByLabelText('Enter your password to delete your account');
  }

  it('refuses a wrong password and keeps the account', async () => {
    const account = await emulator.account();
    await renderApp('/settings/delete_account', { signedIn: account });
    await userEvent.type(await acknowledge(), 'not the password');
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Incorrect password', {}, { timeout: 5000 })).toBeTruthy();
    expect(emulator.emulator.control.account(account.email)).not.toBeNull();
  });

  it('deletes the account with its password and lands signed out on sign-in', async () => {
    const account = await emulator.account();
    const { router } = await renderApp('/settings/delete_account', { signedIn: account });
    await userEvent.type(await acknowledge(), account.password);
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(
      await screen.findByText('Account deleted successfully', {}, { timeout: 5000 }),
    ).toBeTruthy();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByRole('textbox', { name: 'Email' })).toBeTruthy();
    expect(emulator.emulator.control.account(account.email)).toBeNull();
    // Nothing left to suggest at the next sign-in (session-actions.ts, security reference D9).
    const stored = window.localStorage.getItem('__fxa_storage.accounts') ?? '';
    expect(stored).not.toContain(account.uid);
    expect(stored).not.toContain(account.email);
  });
});
