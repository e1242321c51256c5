import { describe, expect, it, vi } from 'vitest';
import { leaving } from './first-requests';

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
    fetchSpy.mockRestore();
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
