import { describe, expect, it } from 'vitest';
import { DEFAULT_CAPABILITIES, parseFxaStatus } from './fxa-status';

const user = {
  email: 'user@example.com',
  uid: '0123456789abcdef0123456789abcdef',
  sessionToken: 'ab'.repeat(32),
  verified: true,
};

describe('parseFxaStatus', () => {
  it('accepts Firefox 153’s reply', () => {
    const status = parseFxaStatus({
      signedInUser: user,
      clientId: '5882386c6d801776',
      capabilities: {
        multiService: true,
        pairing: true,
        choose_what_to_sync: true,
        keys_optional: true,
        can_link_account_uid: true,
        engines: ['bookmarks', 'history'],
      },
    });
    expect(status?.signedInUser).toEqual(user);
    expect(status?.capabilities).toEqual({
      ...DEFAULT_CAPABILITIES,
      multiService: true,
      pairing: true,
      choose_what_to_sync: true,
      keys_optional: true,
      can_link_account_uid: true,
      engines: ['bookmarks', 'history'],
    });
  });

  it('fills capability defaults when the browser sends none (old Firefox iOS)', () => {
    expect(parseFxaStatus({ signedInUser: user })?.capabilities).toEqual(DEFAULT_CAPABILITIES);
  });

  it.each([
    ['an unverified account', { ...user, verified: false }, 'unverified'],
    ['verified as a string', { ...user, verified: 'true' }, 'unverified'],
    ['no session token (disconnected)', { ...user, sessionToken: undefined }, 'no-token'],
    ['a short uid', { ...user, uid: 'abc' }, 'malformed'],
    ['a non-hex token', { ...user, sessionToken: 'z'.repeat(64) }, 'malformed'],
    ['a 63-char token', { ...user, sessionToken: 'a'.repeat(63) }, 'malformed'],
    ['an email without @', { ...user, email: 'nobody' }, 'malformed'],
    [
      'a token that is an object',
      { ...user, sessionToken: { toString: () => 'a'.repeat(64) } },
      'malformed',
    ],
    ['a user that is a string', 'user@example.com', 'malformed'],
  ])('does not trust %s', (_name, signedInUser, reason) => {
    const status = parseFxaStatus({ signedInUser });
    expect(status?.signedInUser).toBeNull();
    expect(status?.untrusted).toBe(reason);
  });

  it.each([
    [
      'an unverified account (OAuth native, upstream mozilla/fxa#20466)',
      { ...user, verified: false },
    ],
    ['an account without a token', { ...user, sessionToken: undefined }],
  ])('keeps only the address of %s, never the token', (_name, signedInUser) => {
    const status = parseFxaStatus({ signedInUser });
    expect(status?.signedInUser).toBeNull();
    expect(status?.browserEmail).toBe(user.email);
    expect(JSON.stringify(status)).not.toContain(user.sessionToken);
  });

  it('offers no address from a malformed user', () => {
    expect(parseFxaStatus({ signedInUser: { ...user, uid: 'abc' } })?.browserEmail).toBeUndefined();
  });

  it('returns null for a reply that is not an object', () => {
    expect(parseFxaStatus(null)).toBeNull();
    expect(parseFxaStatus('{"signedInUser":null}')).toBeNull();
    expect(parseFxaStatus([user])).toBeNull();
  });

  it('keeps only engine names, once each', () => {
    const status = parseFxaStatus({
      signedInUser: null,
      capabilities: { engines: ['tabs', 'tabs', 3, '<img>', 'prefs'] },
    });
    expect(status?.capabilities.engines).toEqual(['tabs', 'prefs']);
  });
});
