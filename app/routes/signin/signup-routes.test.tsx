// Route-level tests of sign-up (app/test/render-app.testutil.tsx): email-first with a new address,
// the password rules, the emailed code, and the account page it ends on.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { query, TRUSTED } from '../../features/oauth/oauth-test-setup.testutil';
import { installAppEmulator, renderApp, withoutIsolation } from '../../test/render-app.testutil';

const emulator = installAppEmulator();
const PASSWORD = 'correct horse battery';

/** The rule's line as a screen reader reads it: its text and "(done)" or "(not yet)". */
const rule = (name: RegExp) =>
  screen.getAllByRole('listitem').find((item) => name.test(item.textContent ?? ''));

/** Email-first with a new address, on to the password step. */
async function startSignup(email: string, start = '/') {
  const view = await renderApp(start);
  await userEvent.type(await screen.findByRole('textbox', { name: 'Email' }), email);
  await userEvent.click(screen.getByRole('button', { name: 'Sign up or sign in' }));
  await screen.findByRole('heading', { name: 'Set your password' }, { timeout: 5000 });
  return view;
}

/** Pastes `text` into the field (quicker than typing it, key by key, on a loaded machine). */
async function paste(label: string, text: string) {
  await userEvent.click(screen.getByLabelText(label));
  await userEvent.paste(text);
}

/** The password step filled and sent; resolves on the code step. */
async function createAccount(email: string, start = '/') {
  const view = await startSignup(email, start);
  await paste('Password', PASSWORD);
  await paste('Repeat password', PASSWORD);
  await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
  await screen.findByRole('heading', { name: 'Enter confirmation code' }, { timeout: 5000 });
  return view;
}

describe('sign-up', () => {
  it('marks each password rule as it is met, and refuses a weak or mismatched password', async () => {
    await startSignup('rules@example.com');
    expect(rule(/At least/)?.textContent).toMatch(/\(not yet\)$/);
    await userEvent.type(screen.getByLabelText('Password'), 'rules@example.com');
    expect(rule(/At least/)?.textContent).toMatch(/\(done\)$/);
    expect(rule(/Not your email address/)?.textContent).toMatch(/\(not yet\)$/);
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Choose a password that meets the requirements.',
    );

    await userEvent.clear(screen.getByLabelText('Password'));
    await paste('Password', PASSWORD);
    expect(rule(/Not your email address/)?.textContent).toMatch(/\(done\)$/);
    await paste('Repeat password', `${PASSWORD}!`);
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(screen.getByRole('alert').textContent).toBe('Passwords do not match');
    expect(emulator.emulator.control.account('rules@example.com')).toBeNull();
  });

  it('opens on the address a link names; "Change email" goes back to email-first with it', async () => {
    const { router } = await renderApp('/signup?email=linked%40example.com');
    await screen.findByRole('heading', { name: 'Set your password' }, { timeout: 5000 });
    expect(screen.getByText('linked@example.com')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Change email' }));
    const email = await screen.findByRole('textbox', { name: 'Email' });
    expect(router.state.location.pathname).toBe('/');
    expect((email as HTMLInputElement).value).toBe('linked@example.com');
    expect(emulator.emulator.control.account('linked@example.com')).toBeNull();
  });

  it('creates the account, confirms the emailed code and opens settings', async () => {
    const email = 'new@example.com';
    const { router } = await createAccount(email);
    expect(router.state.location.pathname).toBe('/confirm_signup_code');
    expect(emulator.emulator.control.account(email)?.emails[0]?.verified).toBe(false);
    const instruction = screen.getByText(/Enter the code that was sent to/);
    expect(withoutIsolation(instruction.textContent ?? '')).toContain(email);

    await userEvent.type(
      screen.getByRole('textbox', { name: 'Enter 6-digit code' }),
      emulator.lastCode(email),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings'), {
      timeout: 5000,
    });
    const account = emulator.emulator.control.account(email);
    expect(account?.emails[0]?.verified).toBe(true);
    expect(account?.sessions.map((s) => s.verified)).toEqual([true]);
    const main = await screen.findByRole('main', {}, { timeout: 5000 });
    await waitFor(() => expect(within(main).getAllByText(email).length).toBeGreaterThan(0));
  });

  it('for a relier, confirms the code and goes back to it with an authorization code', async () => {
    const email = 'relier@example.com';
    // Spies are restored after each test (vite.config.ts restoreMocks).
    const leave = vi.spyOn(window.location, 'assign').mockImplementation(() => {});
    const { router } = await createAccount(email, `/oauth?${query(TRUSTED)}`);
    expect(router.state.location.pathname).toBe('/confirm_signup_code');
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Enter 6-digit code' }),
      emulator.lastCode(email),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(leave).toHaveBeenCalledTimes(1), { timeout: 5000 });
    const back = new URL(String(leave.mock.calls[0]?.[0]));
    expect(`${back.origin}${back.pathname}`).toBe(TRUSTED.redirect_uri);
    expect(back.searchParams.get('state')).toBe(TRUSTED.state);
    const uid = emulator.emulator.control.account(email)?.uid;
    const codes = [...emulator.emulator.state.codes.values()].filter((c) => c.uid === uid);
    expect(codes.map((c) => c.clientId)).toEqual([TRUSTED.client_id]);
  });

  it('refuses a wrong code and a code that is not 6 digits, and the account stays unconfirmed', async () => {
    const email = 'wrong-code@example.com';
    const { router } = await createAccount(email);
    const input = screen.getByRole('textbox', { name: 'Enter 6-digit code' });
    await userEvent.type(input, '12');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter the 6-digit code from the email.');

    const right = emulator.lastCode(email);
    const wrong = right === '000000' ? '111111' : '000000';
    await userEvent.clear(input);
    await userEvent.type(input, wrong);
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(
      await screen.findByText('Invalid or expired confirmation code', {}, { timeout: 5000 }),
    ).toBeTruthy();
    expect(router.state.location.pathname).toBe('/confirm_signup_code');
    expect(emulator.emulator.control.account(email)?.emails[0]?.verified).toBe(false);
  });
});
