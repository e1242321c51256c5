// Route-level tests of the pages that stop a visit (app/test/render-app.testutil.tsx): the sign-in
// pages' Bad Request page (a request the flow cannot start from stops there, with its reason and
// no email box) and the not-found page.

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { query, TRUSTED } from '../features/oauth/oauth-test-setup.testutil';
import { installAppEmulator, renderApp, withoutIsolation } from '../test/render-app.testutil';

const emulator = installAppEmulator();

async function expectBadRequest(reason: string) {
  expect(
    await screen.findByRole('heading', { name: 'Bad Request' }, { timeout: 5000 }),
  ).toBeTruthy();
  expect(withoutIsolation(screen.getByRole('alert').textContent ?? '')).toBe(reason);
  expect(screen.queryByRole('textbox', { name: 'Email' })).toBeNull();
}

describe('Bad Request on the sign-in pages', () => {
  // Not here: an unknown client_id. The sign-in pages check the parameters only (oauth-check.ts)
  // and do not ask the server about the client, so email-first shows; /authorization does ask.

  it('names a missing OAuth parameter', async () => {
    await renderApp(`/oauth?${query(TRUSTED, { scope: undefined })}`);
    await expectBadRequest('Missing OAuth parameter: scope');
  });

  it('refuses `service` on a relier’s URL', async () => {
    await renderApp(`/oauth/signup?${query(TRUSTED, { service: 'sync' })}`);
    await expectBadRequest('Invalid OAuth parameter: service');
  });

  it('refuses a redirect_to off this site', async () => {
    await renderApp('/signup?redirect_to=https%3A%2F%2Fevil.example%2F');
    await expectBadRequest('Invalid Query Parameters');
  });
});

describe('not found', () => {
  it('a mistyped settings page says so, and its link leads back to sign in', async () => {
    const account = await emulator.account();
    const { router } = await renderApp('/settings/no_such_page', { signedIn: account });
    expect(
      await screen.findByRole('heading', { name: 'Page not found' }, { timeout: 5000 }),
    ).toBeTruthy();
    expect(screen.getByText('The page you requested was not found.')).toBeTruthy();
    await userEvent.click(screen.getByRole('link', { name: 'Back to sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});
