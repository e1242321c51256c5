import { describe, expect, it, vi } from 'vitest';
import { startEarly, takeEarly } from './early-requests';

const TOKEN = 'a'.repeat(64);

describe('early requests', () => {
  it('hands a started request over once, then makes new ones', async () => {
    const late = vi.fn(async () => 'made later');
    await startEarly(TOKEN, async () => ({ account: Promise.resolve('started early') }));
    await expect(takeEarly('account', TOKEN, late)).resolves.toBe('started early');
    await expect(takeEarly('account', TOKEN, late)).resolves.toBe('made later');
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('never hands one token’s request to another token', async () => {
    await startEarly(TOKEN, async () => ({ account: Promise.resolve('for the old token') }));
    const request = vi.fn(async (token: string) => `for ${token.slice(0, 2)}`);
    await expect(takeEarly('account', 'b'.repeat(64), request)).resolves.toBe('for bb');
    expect(request).toHaveBeenCalledWith('b'.repeat(64));
  });

  it('passes a started request’s failure on, as the page would have met it', async () => {
    const failure = new Error('503');
    const started = Promise.reject(failure);
    started.catch(() => {});
    await startEarly(TOKEN, async () => ({ account: started }));
    await expect(takeEarly('account', TOKEN, async () => 'not asked')).rejects.toBe(failure);
  });

  it('makes the request itself when the early code could not be loaded', async () => {
    await expect(
      startEarly(TOKEN, () => Promise.reject(new TypeError('error loading module'))),
    ).resolves.toBeUndefined();
    await expect(takeEarly('clients', TOKEN, async () => ['made now'])).resolves.toEqual([
      'made now',
    ]);
  });

  it('makes the request when nothing was started under that name', async () => {
    await startEarly(TOKEN, async () => ({ account: Promise.resolve('account') }));
    await expect(takeEarly('clients', TOKEN, async () => 'clients now')).resolves.toBe(
      'clients now',
    );
  });
});
