// Route-level tests of the connected services list on /settings (app/test/render-app.testutil.tsx):
// other sessions and devices of the account show up after the page's first paint, and signing
// one out removes it in the emulator.

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signIn } from '../../lib/auth-client/account';
import { apiRequest } from '../../lib/auth-client/http';
import { fluent, installAppEmulator, named, renderApp } from '../../test/render-app.testutil';

const emulator = installAppEmulator();
const { control } = emulator.emulator;

/** Signs the account in elsewhere (no emailed code); `device` registers it as a Sync device. */
async function signInElsewhere(email: string, password: string, device?: string) {
  control.config({ loginVerification: false });
  try {
    const { sessionToken } = await signIn(email, password);
    if (device) {
      await apiRequest({
        method: 'POST',
        path: '/account/device',
        body: { name: device, type: 'mobile' },
        auth: { token: sessionToken, kind: 'sessionToken' },
      });
    }
    return sessionToken;
  } finally {
    control.config({ loginVerification: true });
  }
}

/** The section, once its list (fetched after the first paint) is in. */
async function servicesList(count: number) {
  const section = await screen.findByRole(
    'region',
    { name: 'Connected services' },
    { timeout: 5000 },
  );
  await within(section).findByText(
    `${count} services and devices are signed in to your account.`,
    fluent,
    { timeout: 5000 },
  );
  return section;
}

describe('connected services', () => {
  it('lists another session and signs it out', async () => {
    const account = await emulator.account();
    await signInElsewhere(account.email, account.password);
    await renderApp('/settings', { signedIn: account });
    const section = await servicesList(2);
    expect(within(section).getByText('This device')).toBeTruthy();
    const others = within(section)
      .getAllByRole('button', { name: /^Sign out of / })
      .filter((b) => !b.closest('li')?.textContent?.includes('This device'));
    expect(others).toHaveLength(1);
    const [other] = others;
    if (!other) throw new Error('no other session');
    await userEvent.click(other);
    expect(
      await within(section).findByText('1 service or device is signed in to your account.', fluent),
    ).toBeTruthy();
    expect(await screen.findByText('Signed out of Web Session', fluent)).toBeTruthy();
    expect(control.account(account.email)?.sessions).toHaveLength(1);
  });

  it('asks before disconnecting a Sync device, then removes it', async () => {
    const account = await emulator.account();
    await signInElsewhere(account.email, account.password, 'Pixel 9');
    await renderApp('/settings', { signedIn: account });
    const section = await servicesList(2);
    await userEvent.click(
      within(section).getByRole('button', { name: named('Sign out of Pixel 9') }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Disconnect from Sync' });
    expect(within(dialog).getByText(/will no longer sync with your account/)).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    expect(await screen.findByText('Signed out of Pixel 9', fluent)).toBeTruthy();
    expect(
      within(section).queryByRole('button', { name: named('Sign out of Pixel 9') }),
    ).toBeNull();
    const left = control.account(account.email);
    expect(left?.devices).toEqual([]);
    expect(left?.sessions).toHaveLength(1);
  });
});
