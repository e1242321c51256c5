// Route-level tests of /signin_permissions (app/test/render-app.testutil.tsx): what an untrusted
// relier (the seeded 321Done, mocks/emulator/seed.ts) will read, shown before its first code.

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { query, UNTRUSTED } from '../../features/oauth/oauth-test-setup.testutil';
import { fluent, installAppEmulator, renderApp } from '../../test/render-app.testutil';

const emulator = installAppEmulator();
const path = `/signin_permissions?${query(UNTRUSTED)}`;

/** The authorization codes the emulator issued for this user. */
const codesOf = (uid: string) =>
  [...emulator.emulator.state.codes.values()].filter((c) => c.uid === uid);

describe('/signin_permissions', () => {
  it('lists what 321Done will read; Accept sends a code back to it and is remembered', async () => {
    const account = await emulator.account();
    const leave = vi.spyOn(window.location, 'assign').mockImplementation(() => {});
    await renderApp(path, { signedIn: account });
    expect(await screen.findByRole('heading', { name: 'Request for permission' })).toBeTruthy();
    expect(
      await screen.findByText('321Done Untrusted would like to access:', fluent, { timeout: 5000 }),
    ).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([`Email address: ${account.email}`, 'Display name']);

    await userEvent.click(screen.getByRole('button', { name: 'Accept' }));
    await waitFor(() => expect(leave).toHaveBeenCalledTimes(1), { timeout: 5000 });
    const back = new URL(String(leave.mock.calls[0]?.[0]));
    expect(`${back.origin}${back.pathname}`).toBe(UNTRUSTED.redirect_uri);
    expect(back.searchParams.get('state')).toBe(UNTRUSTED.state);
    expect(codesOf(account.uid).map((c) => c.clientId)).toEqual([UNTRUSTED.client_id]);
    const stored = window.localStorage.getItem('__fxa_storage.accounts') ?? '';
    expect(JSON.parse(stored)[account.uid].permissions[UNTRUSTED.client_id]).toEqual({
      'profile:email': true,
      'profile:display_name': true,
    });
  });

  it('Cancel goes back to sign-in with the relier’s request, and no code is made', async () => {
    const account = await emulator.account();
    const { router } = await renderApp(path, { signedIn: account });
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/signin'));
    expect(new URLSearchParams(router.state.location.search).get('client_id')).toBe(
      UNTRUSTED.client_id,
    );
    expect(codesOf(account.uid)).toEqual([]);
  });

  it('sends a signed-out visitor to the relier’s sign-in first', async () => {
    const { router } = await renderApp(path);
    await waitFor(() => expect(router.state.location.pathname).toBe('/oauth'));
    expect(await screen.findByRole('textbox', { name: 'Email' }, { timeout: 5000 })).toBeTruthy();
  });
});
