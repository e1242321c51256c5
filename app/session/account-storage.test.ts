import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  forgetAccount,
  forgetSession,
  readAccounts,
  readSignedInAccount,
  saveAccount,
} from './account-storage';

const uid = 'c'.repeat(32);
const token = 'd'.repeat(64);

describe('account storage (upstream __fxa_storage format)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes JSON values under the upstream keys', () => {
    saveAccount(
      { uid, email: 'u@example.com', sessionToken: token, verified: true },
      { makeCurrent: true },
    );
    expect(JSON.parse(localStorage.getItem('__fxa_storage.accounts') ?? '')).toEqual({
      [uid]: { uid, email: 'u@example.com', sessionToken: token, verified: true },
    });
    expect(localStorage.getItem('__fxa_storage.currentAccountUid')).toBe(JSON.stringify(uid));
    expect(readSignedInAccount()?.email).toBe('u@example.com');
  });

  it('reads what upstream wrote, keeping unknown fields on merge', () => {
    localStorage.setItem(
      '__fxa_storage.accounts',
      JSON.stringify({
        [uid]: {
          uid,
          email: 'u@example.com',
          sessionToken: token,
          verified: true,
          metricsEnabled: true,
        },
      }),
    );
    localStorage.setItem('__fxa_storage.currentAccountUid', JSON.stringify(uid));
    saveAccount(
      { uid, email: 'u@example.com', sessionToken: 'e'.repeat(64) },
      { makeCurrent: false },
    );
    expect(readAccounts()[uid]).toMatchObject({
      metricsEnabled: true,
      sessionToken: 'e'.repeat(64),
    });
  });

  it.each([
    ['not JSON', '{oops'],
    ['an array', '[1,2]'],
    [
      'entries keyed by the wrong uid',
      JSON.stringify({ [uid]: { uid: 'f'.repeat(32), email: 'x@y.z' } }),
    ],
    ['null', 'null'],
  ])('survives corrupt storage: %s', (_name, raw) => {
    localStorage.setItem('__fxa_storage.accounts', raw);
    localStorage.setItem('__fxa_storage.currentAccountUid', JSON.stringify(uid));
    expect(readAccounts()).toEqual({});
    expect(readSignedInAccount()).toBeUndefined();
  });

  it('an account without a well-formed token is not signed in', () => {
    saveAccount({ uid, email: 'u@example.com', sessionToken: 'short' }, { makeCurrent: true });
    expect(readSignedInAccount()).toBeUndefined();
  });

  it('survives storage that is blocked (cookies disabled)', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() =>
      saveAccount({ uid, email: 'u@example.com', sessionToken: token }, { makeCurrent: true }),
    ).not.toThrow();
    expect(readSignedInAccount()).toBeUndefined();
  });

  it('survives storage that is full', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    } as unknown as Storage;
    vi.spyOn(window, 'localStorage', 'get').mockReturnValue(full);
    expect(() =>
      saveAccount({ uid, email: 'u@example.com', sessionToken: token }, { makeCurrent: true }),
    ).not.toThrow();
    expect(readSignedInAccount()).toBeUndefined();
  });

  it('forgetting a session keeps the email for the next prefill', () => {
    saveAccount(
      { uid, email: 'u@example.com', sessionToken: token, verified: true },
      { makeCurrent: true },
    );
    forgetSession(uid);
    expect(readSignedInAccount()).toBeUndefined();
    expect(readAccounts()[uid]?.email).toBe('u@example.com');
    expect(readAccounts()[uid]?.sessionToken).toBeUndefined();
  });

  it('forgetting a deleted account removes its entry, and only its entry', () => {
    const other = 'e'.repeat(32);
    saveAccount({ uid: other, email: 'other@example.com' }, { makeCurrent: false });
    saveAccount(
      { uid, email: 'u@example.com', sessionToken: token, verified: true },
      { makeCurrent: true },
    );
    forgetAccount(uid);
    expect(readAccounts()).toEqual({ [other]: { uid: other, email: 'other@example.com' } });
    expect(localStorage.getItem('__fxa_storage.currentAccountUid')).toBeNull();
  });
});
