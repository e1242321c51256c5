// Route-level tests of OAuth authorization (app/test/render-app.testutil.tsx): the real route
// table against the emulator behind MSW, with the seeded demo reliers.

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installAppEmulator, renderApp } from '../../test/render-app.testutil';

const emulator = installAppEmulator();

// The seeded trusted relier (mocks/emulator/seed.ts), as the demo relier sends it.
const trusted = new URLSearchParams({
  client_id: 'dcdb5ae7add825d2',
  redirect_uri: 'http://localhost:8080/api/oauth',
  state: 'relier-state',
  scope: 'profile openid',
});

describe('/authorization', () => {
  it('offers the signed-in user one click to the relier', async () => {
    const account = await emulator.account();
    await renderApp(`/authorization?${trusted}`, { signedIn: account });
    // Fluent isolates variables with U+2068/U+2069 around them.
    const button = await screen.findByRole('button', { name: /^Continue as/ }, { timeout: 5000 });
    expect(button.textContent?.replace(/[\u2068\u2069]/g, '')).toBe(`Continue as ${account.email}`);
  });

  it('refuses a redirect the client did not register, without offering to continue', async () => {
    const account = await emulator.account();
    const wrong = new URLSearchParams(trusted);
    wrong.set('redirect_uri', 'http://localhost:8080/api/oauth/');
    await renderApp(`/authorization?${wrong}`, { signedIn: account });
    expect(
      await screen.findByRole('heading', { name: 'Bad Request' }, { timeout: 5000 }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /continue as/i })).toBeNull();
  });
});

describe('unknown paths', () => {
  it('show the not-found page with a way back', async () => {
    await renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to sign in' })).toBeTruthy();
  });
});
