import fs from 'node:fs';
import path from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { LocalizationProvider, ReactLocalization } from '@fluent/react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthServerError } from '../lib/auth-client/errors';
import { retryAfterSeconds } from '../lib/auth-client/retry-after';
import { useRetryWait } from '../lib/retry-wait';
import { RetryCountdown } from './retry-countdown';

function l10n(locale: string) {
  const bundle = new FluentBundle(locale, { useIsolating: false });
  const source = fs.readFileSync(
    path.join(import.meta.dirname, 'retry', `${locale}.lazy.ftl`),
    'utf8',
  );
  bundle.addResource(new FluentResource(source));
  return new ReactLocalization([bundle]);
}

const busy = (retryAfter?: number) =>
  new AuthServerError({ errno: 201, code: 503, retryAfter, message: 'Service unavailable' });

/** A form as the pages have it: the button off while the server's wait runs. */
function Form({ fail, onSend }: { fail: () => unknown; onSend: () => void }) {
  const [error, setError] = useState<unknown>(null);
  const wait = useRetryWait(error, retryAfterSeconds(error));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (wait.waiting) return;
        onSend();
        setError(fail());
      }}
    >
      <RetryCountdown wait={wait} />
      <button type="submit" disabled={wait.waiting}>
        Send
      </button>
    </form>
  );
}

function renderForm(locale: string, fail: () => unknown) {
  const onSend = vi.fn();
  render(
    <LocalizationProvider l10n={l10n(locale)}>
      <Form fail={fail} onSend={onSend} />
    </LocalizationProvider>,
  );
  return onSend;
}

describe('retryAfterSeconds', () => {
  it.each([
    ['503 errno 201', busy(30), 30],
    ['429 errno 114', new AuthServerError({ errno: 114, code: 429, retryAfter: 899.2 }), 900],
    ['a wait of days is cut to one day', busy(10 ** 9), 86_400],
    ['503 without a wait', busy(undefined), undefined],
    ['a wait of 0', busy(0), undefined],
    [
      'a 500 with a stray wait',
      new AuthServerError({ errno: 999, code: 500, retryAfter: 5 }),
      undefined,
    ],
    ['not a server answer', new Error('x'), undefined],
  ])('%s', (_name, error, expected) => {
    expect(retryAfterSeconds(error)).toBe(expected);
  });
});

/** The countdown's words load with the first wait (retry-countdown.tsx): let them arrive. */
const wordsLoaded = () =>
  act(async () => {
    await import('./retry/wait-text').then((m) => m.stringsReady);
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });

describe('RetryCountdown', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('says how long, keeps the button off until then, announces only the start and the end', async () => {
    const onSend = renderForm('en', () => busy(3));
    const status = screen.getByRole('timer');
    expect(status.textContent).toBe('');
    act(() => screen.getByRole('button', { name: 'Send' }).click());
    await wordsLoaded();
    expect(onSend).toHaveBeenCalledTimes(1);
    const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Send' });
    expect(button).toHaveProperty('disabled', true);
    const [ticking, announced] = [...status.children] as HTMLElement[];
    expect(ticking?.getAttribute('aria-hidden')).toBe('true');
    expect(ticking?.textContent).toBe('You can try again in 3 seconds.');
    expect(announced?.getAttribute('aria-hidden')).toBeNull();
    expect(announced?.textContent).toBe('You can try again in 3 seconds.');

    act(() => vi.advanceTimersByTime(1_000));
    expect(ticking?.textContent).toBe('You can try again in 2 seconds.');
    // What assistive technology hears has not changed: no announcement per second.
    expect(announced?.textContent).toBe('You can try again in 3 seconds.');
    act(() => button.form?.requestSubmit());
    expect(onSend).toHaveBeenCalledTimes(1);

    act(() => vi.advanceTimersByTime(1_000));
    expect(ticking?.textContent).toBe('You can try again in 1 second.');
    expect(button).toHaveProperty('disabled', true);
    act(() => vi.advanceTimersByTime(1_000));
    expect(button).toHaveProperty('disabled', false);
    expect(status.textContent).toBe('You can try again now.');
    act(() => button.click());
    expect(onSend).toHaveBeenCalledTimes(2);
  });

  it('waits of a minute or more in minutes; no wait, no countdown', async () => {
    renderForm('en', () => new AuthServerError({ errno: 114, code: 429, retryAfter: 90 }));
    act(() => screen.getByRole('button', { name: 'Send' }).click());
    await wordsLoaded();
    expect(screen.getByRole('timer').textContent).toContain('You can try again in 2 minutes.');
  });

  it.each([
    ['fr', 2, 'Vous pourrez réessayer dans 2 secondes.'],
    ['ar', 1, 'يمكنك المحاولة مجددًا بعد ثانية واحدة.'],
    ['ar', 2, 'يمكنك المحاولة مجددًا بعد ثانيتين.'],
    ['ar', 5, 'يمكنك المحاولة مجددًا بعد 5 ثوانٍ.'],
    ['ar', 30, 'يمكنك المحاولة مجددًا بعد 30 ثانية.'],
  ])('%s plurals: %i', async (locale, seconds, text) => {
    renderForm(locale, () => busy(seconds));
    act(() => screen.getByRole('button').click());
    await wordsLoaded();
    expect(screen.getByRole('timer').lastElementChild?.textContent).toBe(text);
  });

  it('a failure without a wait leaves the button on', () => {
    renderForm('en', () => busy(undefined));
    act(() => screen.getByRole('button').click());
    expect(screen.getByRole('button')).toHaveProperty('disabled', false);
    expect(screen.getByRole('timer').textContent).toBe('');
  });
});
