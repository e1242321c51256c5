// Route-level tests of settings (app/test/render-app.testutil.tsx): the real route table, session
// bootstrap and strings in happy-dom, against the emulator behind MSW.

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installAppEmulator, renderApp } from '../../test/render-app.testutil';

const emulator = installAppEmulator();

describe('/settings', () => {
  it('opens on the stored account', async () => {
    const account = await emulator.account();
    await renderApp('/settings', { signedIn: account });
    await waitFor(() => expect(screen.getAllByText(account.email).length).toBeGreaterThan(0), {
      timeout: 5000,
    });
  });

  it('makes each of its first requests once, on the first visit and on the way back', async () => {
    const account = await emulator.account();
    const { router } = await renderApp('/settings', { signedIn: account });
    await waitFor(() => expect(screen.getAllByText(account.email).length).toBeGreaterThan(0), {
      timeout: 5000,
    });
    await waitFor(() => expect(emulator.requests()).toContain('GET /profile/v1/profile'));
    const count = (request: string) => emulator.requests().filter((r) => r === request).length;
    const firstRequests = [
      'GET /v1/account',
      'GET /v1/account/attached_clients',
      'POST /v1/oauth/token',
    ];
    for (const request of firstRequests) expect(count(request), request).toBe(1);
    // A sub-page and back, while the data is fresh: nothing is fetched again.
    await router.navigate('/settings/display_name');
    await screen.findByRole('textbox', { name: 'Enter display name' }, { timeout: 5000 });
    await router.navigate('/settings');
    await waitFor(() => expect(screen.getAllByText(account.email).length).toBeGreaterThan(0));
    for (const request of firstRequests) expect(count(request), request).toBe(1);
  });

  it('sends a signed-out visitor to sign in, and back here afterwards', async () => {
    const { router } = await renderApp('/settings');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(new URLSearchParams(router.state.location.search).get('redirect_to')).toBe('/settings');
    expect(await screen.findByRole('textbox', { name: /email/i })).toBeTruthy();
  });

  it('saves a display name and shows it back', async () => {
    const account = await emulator.account();
    await renderApp('/settings/display_name', { signedIn: account });
    const name = await screen.findByRole(
      'textbox',
      { name: 'Enter display name' },
      { timeout: 5000 },
    );
    // The field takes input once the current name has loaded.
    await waitFor(() => expect((name as HTMLInputElement).disabled).toBe(false), { timeout: 5000 });
    await userEvent.type(name, 'Ada Lovelace');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Display name updated', {}, { timeout: 5000 })).toBeTruthy();
    expect(emulator.emulator.control.account(account.email)?.displayName).toBe('Ada Lovelace');
  });

  it('a session the server has ended signs the page out to sign in again', async () => {
    const account = await emulator.account();
    const { sessions } = emulator.emulator.state;
    for (const [id, session] of sessions) if (session.uid === account.uid) sessions.delete(id);
    const { router } = await renderApp('/settings', { signedIn: account });
    await waitFor(() => expect(router.state.location.pathname).toBe('/'), { timeout: 5000 });
  });
});
