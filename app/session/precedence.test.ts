import { describe, expect, it } from 'vitest';
import { chooseSession, prefillEmail } from './precedence';

const browser = {
  uid: 'a'.repeat(32),
  email: 'browser@example.com',
  sessionToken: '1'.repeat(64),
  verified: true as const,
};
const local = {
  uid: 'b'.repeat(32),
  email: 'local@example.com',
  sessionToken: '2'.repeat(64),
  verified: true,
};

describe('chooseSession', () => {
  it('Sync: the browser account wins over a local one', () => {
    expect(chooseSession({ isSync: true, browser, local })).toEqual({
      source: 'browser',
      account: browser,
    });
  });
  it('Sync without a browser account falls back to the local one', () => {
    expect(chooseSession({ isSync: true, browser: null, local })?.source).toBe('storage');
  });
  it('otherwise a locally signed-in account wins', () => {
    expect(chooseSession({ isSync: false, browser, local })).toEqual({
      source: 'storage',
      account: local,
    });
  });
  it('otherwise the browser account is used when there is no local one', () => {
    expect(chooseSession({ isSync: false, browser, local: undefined })).toEqual({
      source: 'browser',
      account: browser,
    });
  });
  it('nobody anywhere: signed out', () => {
    expect(chooseSession({ isSync: false, browser: null, local: undefined })).toBeNull();
  });
});

describe('prefillEmail', () => {
  it('an email or login_hint parameter beats every account', () => {
    expect(
      prefillEmail({
        hint: 'e@x.y',
        sessionEmail: 's@x.y',
        browserEmail: 'b@x.y',
        storedEmail: 't@x.y',
      }),
    ).toBe('e@x.y');
  });
  it('then the session, then the browser’s unusable account, then the stored account', () => {
    expect(
      prefillEmail({ sessionEmail: 's@x.y', browserEmail: 'b@x.y', storedEmail: 't@x.y' }),
    ).toBe('s@x.y');
    expect(prefillEmail({ browserEmail: 'b@x.y', storedEmail: 't@x.y' })).toBe('b@x.y');
    expect(prefillEmail({ storedEmail: 't@x.y' })).toBe('t@x.y');
    expect(prefillEmail({})).toBe('');
  });
});
