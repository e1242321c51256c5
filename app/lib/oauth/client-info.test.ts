import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installEmulator } from '../../features/oauth/oauth-test-setup.testutil';
import { CLIENT_INFO_RETRY_DELAYS_MS, loadClientInfo } from './client-info';
import { OAuthFailureError } from './oauth-errors';

const env = installEmulator();
const ID = 'dcdb5ae7add825d2';

describe('loadClientInfo', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('maps the server’s answer, and asks once per page', async () => {
    const info = await loadClientInfo(ID);
    expect(info).toEqual({
      id: ID,
      name: '123Done',
      redirectUri: 'http://localhost:8080/api/oauth',
      trusted: true,
    });
    env.emulator.control.addFault({ path: `/v1/oauth/client/${ID}`, status: 500, times: 0 });
    expect(await loadClientInfo(ID)).toBe(info);
  });

  it('an unknown client: Unknown client, at once', async () => {
    const error = await loadClientInfo('0123456789abcdef').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthFailureError);
    expect((error as OAuthFailureError).failure).toMatchObject({ kind: 'page', errno: 101 });
  });

  it('transient faults are retried a bounded number of times, then System unavailable (B5)', async () => {
    env.emulator.control.addFault({ path: `/v1/oauth/client/${ID}`, status: 503, times: 0 });
    const result = loadClientInfo(ID).catch((e: unknown) => e);
    for (const delay of CLIENT_INFO_RETRY_DELAYS_MS) await vi.advanceTimersByTimeAsync(delay);
    const error = await result;
    expect((error as OAuthFailureError).failure).toMatchObject({ kind: 'page', errno: 998 });
    // One attempt and one per retry delay, then no more.
    expect(env.emulator.control.faults()[0]?.hits).toBe(CLIENT_INFO_RETRY_DELAYS_MS.length + 1);
  });

  it('a fault that passes is ridden out; a failure is not cached', async () => {
    env.emulator.control.addFault({ path: `/v1/oauth/client/${ID}`, status: 'network', times: 1 });
    const result = loadClientInfo(ID);
    await vi.advanceTimersByTimeAsync(CLIENT_INFO_RETRY_DELAYS_MS[0] as number);
    expect((await result).name).toBe('123Done');
  });
});
