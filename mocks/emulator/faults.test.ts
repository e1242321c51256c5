import { describe, expect, it } from 'vitest';
import { createFault, type Fault, takeFault, validateFaultSpec } from './faults.ts';

describe('fault matching', () => {
  it('matches path globs and methods, and counts down', () => {
    const faults: Fault[] = [
      createFault({ path: '/v1/account/*', method: 'post', status: 429, times: 2 }),
      createFault({ path: '*', delayMs: 10, times: 0 }),
    ];
    expect(takeFault(faults, 'GET', '/v1/account/status')?.delayMs).toBe(10);
    expect(takeFault(faults, 'POST', '/v1/account/login')?.status).toBe(429);
    expect(takeFault(faults, 'POST', '/v1/account/login')?.status).toBe(429);
    // Used up: the catch-all (unlimited) answers from now on.
    expect(takeFault(faults, 'POST', '/v1/account/login')?.status).toBeNull();
    expect(faults).toHaveLength(1);
  });

  it('treats regex metacharacters in patterns literally', () => {
    const faults = [createFault({ path: '/v1/a.b', status: 500 })];
    expect(takeFault(faults, 'GET', '/v1/aXb')).toBeNull();
    expect(takeFault(faults, 'GET', '/v1/a.b')?.status).toBe(500);
  });

  it('validates specs', () => {
    expect(() => validateFaultSpec({ path: '/x' })).toThrow();
    expect(() => validateFaultSpec({ path: '/x', status: 404 })).toThrow();
    expect(() => validateFaultSpec({ path: '/x', delayMs: -1 })).toThrow();
    expect(validateFaultSpec({ path: '/x', status: 503, retryAfter: 3 })).toMatchObject({
      status: 503,
    });
  });
});

describe('faults scoped to an account', () => {
  it('match only requests made for that account; unscoped faults match anyone', () => {
    const faults: Fault[] = [
      createFault({ path: '/v1/account/login', status: 429, account: 'A@example.com', times: 0 }),
      createFault({ path: '/v1/account/login', status: 500 }),
    ];
    const forA = (email: string) => email === 'a@example.com';
    expect(takeFault(faults, 'POST', '/v1/account/login', forA)?.status).toBe(429);
    // Another account's request passes the scoped fault by and takes the unscoped one.
    expect(takeFault(faults, 'POST', '/v1/account/login', () => false)?.status).toBe(500);
    expect(takeFault(faults, 'POST', '/v1/account/login', () => false)).toBeNull();
    expect(faults[0]?.hits).toBe(1);
  });

  it('need an email', () => {
    expect(() => validateFaultSpec({ path: '/x', status: 500, account: 'nobody' })).toThrow();
    expect(() => validateFaultSpec({ path: '/x', status: 500, account: 3 })).toThrow();
  });
});
