// The step-up hook against the emulator behind MSW: the dialog asks for the emailed code, the
// JWT does the edit and is reused while valid, a refused JWT is asked for again, Cancel rejects.
import fs from 'node:fs';
import path from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { LocalizationProvider, ReactLocalization } from '@fluent/react';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAuthServerError } from '../../../lib/auth-client/errors';
import { apiRequest } from '../../../lib/auth-client/http';
import { useSessionStore } from '../../../session/session-store';
import { installEmulator } from '../../oauth/oauth-test-setup.testutil';
import { StepUpCancelled, useStepUp } from './use-step-up';

const setup = installEmulator();

function l10n() {
  const bundle = new FluentBundle('en', { useIsolating: false });
  for (const file of ['../en.ftl', 'en.lazy.ftl']) {
    bundle.addResource(
      new FluentResource(fs.readFileSync(path.join(import.meta.dirname, file), 'utf8')),
    );
  }
  return new ReactLocalization([bundle]);
}

/** A page with one sensitive edit: adding a secondary address through /mfa/recovery_email. */
function Page({ address, onDone }: { address: string; onDone: (r: unknown) => void }) {
  const { withJwt, dialog } = useStepUp('email');
  const add = () =>
    withJwt((jwt) =>
      apiRequest({
        method: 'POST',
        path: '/mfa/recovery_email',
        body: { email: address },
        auth: { mfaJwt: jwt },
      }),
    ).then(onDone, onDone);
  return (
    <>
      <input aria-label="typed" defaultValue="what the user typed" />
      <button type="button" onClick={add}>
        Add
      </button>
      {dialog}
    </>
  );
}

async function renderPage(address: string) {
  const account = await setup.account();
  useSessionStore.getState().signIn(account, 'storage');
  const results: unknown[] = [];
  render(
    <LocalizationProvider l10n={l10n()}>
      <Page address={address} onDone={(r) => results.push(r)} />
    </LocalizationProvider>,
  );
  const codes = () =>
    setup.emulator.control.emails(account.email).filter((m) => m.kind === 'verify-account-change');
  return { account, results, codes };
}

/** Waits for the dialog (its code has been sent by then) and types the code `pick` gives. */
async function enterCode(pick: () => string | undefined) {
  const dialog = await screen.findByRole('dialog', { name: 'Enter confirmation code' });
  const code = pick() ?? '';
  const field = screen.getByLabelText('Enter 6-digit code');
  await userEvent.clear(field);
  await userEvent.type(field, code);
  await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
  return dialog;
}

describe('useStepUp', () => {
  beforeEach(() => {
    // happy-dom's <dialog> lacks showModal.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
  });
  afterEach(() => {
    cleanup();
    setup.emulator.state.clockOffsetMs = 0;
  });

  it('asks for the emailed code once, then reuses the JWT while it is valid', async () => {
    const { account, results, codes } = await renderPage('one@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByText(`Enter the code that was sent to ${account.email} within 5 minutes.`);
    expect(screen.getByText('Help us make sure it’s you changing your account info')).toBeTruthy();
    await enterCode(() => codes().at(-1)?.code);
    await waitFor(() => expect(results).toEqual([{}]));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('typed').value).toBe('what the user typed');

    // A second edit (here: the same address again, 189) goes straight to the server.
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(results).toHaveLength(2));
    expect(isAuthServerError(results[1], 189)).toBe(true);
    expect(codes()).toHaveLength(1);
  });

  it('says a wrong code in the dialog, and a new code can be emailed', async () => {
    const { results, codes } = await renderPage('two@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    await enterCode(() => (codes().at(-1)?.code === '000000' ? '111111' : '000000'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Invalid or expired confirmation code',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Code expired? Email new code.' }));
    await screen.findByText('A new code was sent to your email.');
    expect(codes()).toHaveLength(2);
    await enterCode(() => codes().at(-1)?.code);
    await waitFor(() => expect(results).toEqual([{}]));
  });

  it('Cancel rejects the edit with StepUpCancelled and leaves the page as it was', async () => {
    const { results } = await renderPage('three@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByRole('dialog');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(results).toHaveLength(1));
    expect(results[0]).toBeInstanceOf(StepUpCancelled);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('typed').value).toBe('what the user typed');
  });

  it('asks again when the server refuses an expired JWT', async () => {
    const { results, codes } = await renderPage('four@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    await enterCode(() => codes().at(-1)?.code);
    await waitFor(() => expect(results).toHaveLength(1));
    // Past the JWT's 10 minutes on the server only: the client still thinks it valid.
    act(() => {
      setup.emulator.state.clockOffsetMs = 11 * 60 * 1000;
    });
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByRole('dialog');
    expect(codes()).toHaveLength(2);
    await enterCode(() => codes().at(-1)?.code);
    await waitFor(() => expect(results).toHaveLength(2));
    expect(isAuthServerError(results[1], 189)).toBe(true);
  });
});
