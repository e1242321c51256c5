// Route-level tests of sign-in (app/test/render-app.testutil.tsx): the real route table, strings
// and session bootstrap in happy-dom, against the emulator behind MSW.

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installAppEmulator, renderApp } from '../../test/render-app.testutil';

const emulator = installAppEmulator();

describe('sign-in pages', () => {
  it('email-first asks for an email and refuses one that is not', async () => {
    await renderApp('/');
    const email = await screen.findByRole('textbox', { name: /email/i });
    await userEvent.type(email, 'not-an-email');
    await userEvent.click(screen.getByRole('button', { name: /sign up or sign in/i }));
    expect(await screen.findByText(/valid email/i)).toBeTruthy();
  });

  it('an existing account goes on to its password, and a wrong one is refused', async () => {
    const account = await emulator.account();
    await renderApp('/');
    await userEvent.type(await screen.findByRole('textbox', { name: /email/i }), account.email);
    await userEvent.click(screen.getByRole('button', { name: /sign up or sign in/i }));
    const password = await screen.findByLabelText(/^password$/i);
    await userEvent.type(password, 'not the password at all');
    await userEvent.click(screen.getByRole('button', { name: /^sign in$/i }));
    expect(await screen.findByText(/incorrect password/i)).toBeTruthy();
  });
});
