// Route-level tests of the sign-in code step, /signin_token_code (app/test/render-app.testutil.tsx):
// a login the emulator confirms by email (its default, `loginVerification`), with the session
// stored as a reload of the code page finds it.

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signIn } from '../../lib/auth-client/account';
import { installAppEmulator, renderApp } from '../../test/render-app.testutil';

const emulator = installAppEmulator();

/** An account signed in again with its password: a new session that waits for a mailed code. */
async function loginNeedingCode() {
  const account = await emulator.account();
  const login = await signIn(account.email, account.password);
  expect(login.sessionVerified).toBe(false);
  const signedIn = { ...account, sessionToken: login.sessionToken };
  const view = await renderApp('/signin_token_code', { signedIn, verified: false });
  await screen.findByRole('heading', { name: 'Enter confirmation code' }, { timeout: 5000 });
  return { ...view, account };
}

const sessionsVerified = (email: string) =>
  emulator.emulator.control
    .account(email)
    ?.sessions.map((s) => s.verified)
    .sort();

describe('/signin_token_code', () => {
  it('refuses a wrong code, then the emailed one confirms the session and opens settings', async () => {
    const { router, account } = await loginNeedingCode();
    const code = emulator.lastCode(account.email);
    const input = screen.getByRole('textbox', { name: 'Enter 6-digit code' });
    await userEvent.type(input, code === '000000' ? '111111' : '000000');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(
      await screen.findByText('Invalid or expired confirmation code', {}, { timeout: 5000 }),
    ).toBeTruthy();
    expect(sessionsVerified(account.email)).toEqual([false, true]);

    await userEvent.clear(input);
    await userEvent.type(input, code);
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings'), {
      timeout: 5000,
    });
    expect(sessionsVerified(account.email)).toEqual([true, true]);
  });

  it('emails the code again on request and says so', async () => {
    const { account } = await loginNeedingCode();
    const sent = emulator.emulator.control.emails(account.email).length;
    await userEvent.click(screen.getByRole('button', { name: 'Email new code.' }));
    expect(
      await screen.findByText('A new code was sent to your email.', {}, { timeout: 5000 }),
    ).toBeTruthy();
    expect(emulator.emulator.control.emails(account.email)).toHaveLength(sent + 1);
    expect(sessionsVerified(account.email)).toEqual([false, true]);
  });

  it('without a session, sends the visitor to email-first', async () => {
    const { router } = await renderApp('/signin_token_code');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await screen.findByRole('textbox', { name: 'Email' })).toBeTruthy();
  });
});
