import { afterEach, describe, expect, it, vi } from 'vitest';
import { EARLY_CODE_WAIT_MS, leaving, startEarly, takeEarly } from './early-requests';

const TOKEN = 'a'.repeat(64);
/** Requests that have all left already. */
const sent = (requests: Record<string, Promise<unknown>>) => ({
  requests,
  sent: Promise.resolve(),
});

describe('early requests', () => {
  it('hands a started request over once, then makes new ones', async () => {
    const late = vi.fn(async () => 'made later');
    await startEarly(TOKEN, async () => sent({ account: Promise.resolve('started early') }));
    await expect(takeEarly('account', TOKEN, late)).resolves.toBe('started early');
    await expect(takeEarly('account', TOKEN, late)).resolves.toBe('made later');
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('never hands one token’s request to another token', async () => {
    await startEarly(TOKEN, async () => sent({ account: Promise.resolve('for the old token') }));
    const request = vi.fn(async (token: string) => `for ${token.slice(0, 2)}`);
    await expect(takeEarly('account', 'b'.repeat(64), request)).resolves.toBe('for bb');
    expect(request).toHaveBeenCalledWith('b'.repeat(64));
  });

  it('passes a started request’s failure on, as the page would have met it', async () => {
    const failure = new Error('503');
    const started = Promise.reject(failure);
    started.catch(() => {});
    await startEarly(TOKEN, async () => sent({ account: started }));
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
    await startEarly(TOKEN, async () => sent({ account: Promise.resolve('account') }));
    await expect(takeEarly('clients', TOKEN, async () => 'clients now')).resolves.toBe(
      'clients now',
    );
  });

  it('resolves once the requests have left, not when their code has run', async () => {
    let leave = () => {};
    const left = new Promise<void>((resolve) => {
      leave = resolve;
    });
    let resolved = false;
    const done = startEarly(TOKEN, async () => ({ requests: {}, sent: left })).then(() => {
      resolved = true;
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(resolved).toBe(false);
    leave();
    await done;
    expect(resolved).toBe(true);
  });
});

describe('early requests whose code never arrives', () => {
  afterEach(() => vi.useRealTimers());

  it('makes the request itself after EARLY_CODE_WAIT_MS, not never', async () => {
    vi.useFakeTimers();
    void startEarly(TOKEN, () => new Promise(() => {}));
    const request = vi.fn(async () => 'made by the page');
    const taken = takeEarly('account', TOKEN, request);
    await vi.advanceTimersByTimeAsync(EARLY_CODE_WAIT_MS - 1);
    expect(request).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await expect(taken).resolves.toBe('made by the page');
  });
});

describe('leaving', () => {
  it('says a request has left when it calls fetch, before the answer', async () => {
    let answer = (_: Response) => {};
    const fetchSpy = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation(() => new Promise<Response>((resolve) => (answer = resolve)));
    const { result, left } = leaving((fetch) => fetch('https://auth.example/v1/account'));
    await left;
    expect(fetchSpy).toHaveBeenCalledWith('https://auth.example/v1/account', undefined);
    answer(new Response('{}'));
    await expect(result).resolves.toBeInstanceOf(Response);
  });

  it('says so too when the request fails before it could leave, and passes the failure on', async () => {
    const failure = new Error('key derivation failed');
    const { result, left } = leaving(async () => {
      throw failure;
    });
    await expect(left).resolves.toBeUndefined();
    await expect(result).rejects.toBe(failure);
  });
});
