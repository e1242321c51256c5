import { describe, expect, it } from 'vitest';
import { hasScope, parseScope, scopeImplies, scopesNotAllowed } from './scopes.ts';

describe('FxA scope semantics', () => {
  it('short scopes imply their sub-scopes; write implies read, not the reverse', () => {
    expect(scopeImplies('profile', 'profile:email')).toBe(true);
    expect(scopeImplies('profile:write', 'profile:avatar:write')).toBe(true);
    expect(scopeImplies('profile:write', 'profile:email')).toBe(true);
    expect(scopeImplies('profile', 'profile:display_name:write')).toBe(false);
    expect(scopeImplies('profile:email', 'profile')).toBe(false);
    expect(scopeImplies('profilex', 'profilex:email')).toBe(true);
    expect(scopeImplies('profile', 'profilex')).toBe(false);
  });

  it('URL scopes match exactly', () => {
    const sync = 'https://identity.mozilla.com/apps/oldsync';
    expect(scopeImplies(sync, sync)).toBe(true);
    expect(scopeImplies(sync, `${sync}/more`)).toBe(false);
    expect(hasScope(['profile'], sync)).toBe(false);
  });

  it('parses and filters', () => {
    expect(parseScope(' profile  openid profile ')).toEqual(['profile', 'openid']);
    expect(parseScope(undefined)).toEqual([]);
    expect(scopesNotAllowed(['openid', 'profile'], ['openid', 'profile:email'])).toEqual([
      'profile',
    ]);
  });
});
