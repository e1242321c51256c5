// Route-level tests of /settings when the server fails (app/test/render-app.testutil.tsx): a
// request the emulator fails on purpose (its faults) leaves a message and a retry, never a blank
// page or a sign-out; and signing out of this device from its row ends the session.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installAppEmulator, renderApp } from '../../test/render-app.testutil';

const emulator = installAppEmulator();
const { control } = emulator.emulator;

describe('/settings when a request fails', () => {
  it('an account that cannot be loaded shows a dialog whose retry brings the page', async () => {
    const account = await emulator.account();
    control.addFault({ path: '/v1/account', method: 'GET', status: 500, times: 1 });
    await renderApp('/settings', { signedIn: account });
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'General application error' },
      { timeout: 5000 },
    );
    expect(within(dialog).getByText('Something went wrong. Please try again later.')).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 5000 });
    expect((await screen.findAllByText(account.email)).length).toBeGreaterThan(0);
    expect(control.account(account.email)?.sessions).toHaveLength(1);
  });

  it('connected services that cannot be loaded offer to try again, in their section only', async () => {
    const account = await emulator.account();
    control.addFault({ path: '/v1/account/attached_clients', status: 'network', times: 1 });
    await renderApp('/settings', { signedIn: account });
    const section = await screen.findByRole(
      'region',
      { name: 'Connected services' },
      { timeout: 5000 },
    );
    const retry = await within(section).findByRole('button', { name: 'Try again' });
    expect(
      within(section).getByText('Could not reach the server. Check your connection and try again.'),
    ).toBeTruthy();
    await userEvent.click(retry);
    expect(await within(section).findByText('This device')).toBeTruthy();
  });
});

describe('signing out of this device from connected services', () => {
  it('ends the session on the server and lands on sign-in', async () => {
    const account = await emulator.account();
    const { router } = await renderApp('/settings', { signedIn: account });
    const section = await screen.findByRole(
      'region',
      { name: 'Connected services' },
      { timeout: 5000 },
    );
    const row = (await within(section).findByText('This device')).closest('li');
    if (!row) throw new Error('no row for this device');
    await userEvent.click(within(row).getByRole('button', { name: /^Sign out of / }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'), { timeout: 5000 });
    expect(await screen.findByRole('textbox', { name: 'Email' })).toBeTruthy();
    expect(control.account(account.email)?.sessions).toEqual([]);
  });
});
