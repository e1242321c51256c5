import { describe, expect, it } from 'vitest';
import { readAccounts, saveAccount } from '../../session/account-storage';
import type { AuthorizationRequest } from './authorization-request';
import { needsPermissions, permissionsOf, recordPermissions } from './permissions';

const UID = '0123456789abcdef0123456789abcdef';
const request = (over: Partial<AuthorizationRequest> & { prompt?: 'consent' } = {}) =>
  ({
    params: { prompt: over.prompt },
    client: { id: '325b4083e32fe8e7', name: '321', redirectUri: 'x', trusted: false },
    redirectUri: 'x',
    scopes: ['profile:display_name', 'profile:email', 'profile:uid', 'openid'],
    wantsKeys: false,
    ...over,
  }) as AuthorizationRequest;

describe('permissions', () => {
  it('lists the email and the display name, in that order, never uid or openid', () => {
    expect(permissionsOf(request())).toEqual(['profile:email', 'profile:display_name']);
    expect(permissionsOf(request({ scopes: ['profile', 'openid'] }))).toEqual([
      'profile:email',
      'profile:display_name',
      'profile:avatar',
    ]);
  });

  it('an untrusted client asks once; what was accepted is kept with the account', () => {
    saveAccount(
      { uid: UID, email: 'a@b.example', sessionToken: 'ab'.repeat(32) },
      { makeCurrent: true },
    );
    expect(needsPermissions(request(), UID)).toBe(true);
    recordPermissions(request(), UID, 'a@b.example');
    expect(needsPermissions(request(), UID)).toBe(false);
    expect(readAccounts()[UID]).toMatchObject({
      sessionToken: 'ab'.repeat(32),
      permissions: { '325b4083e32fe8e7': { 'profile:email': true, 'profile:display_name': true } },
    });
    // A scope it has not seen asks again.
    expect(needsPermissions(request({ scopes: ['profile'] }), UID)).toBe(true);
  });

  it('a trusted client never asks, unless with prompt=consent (every time)', () => {
    const trusted = request({
      client: { id: 'dcdb5ae7add825d2', name: '123', redirectUri: 'x', trusted: true },
    });
    expect(needsPermissions(trusted, UID)).toBe(false);
    const consent = {
      ...trusted,
      params: { ...trusted.params, prompt: 'consent' },
    } as AuthorizationRequest;
    expect(needsPermissions(consent, UID)).toBe(true);
    recordPermissions(consent, UID, 'a@b.example');
    expect(needsPermissions(consent, UID)).toBe(true);
  });

  it('nothing to show: no page', () => {
    expect(needsPermissions(request({ scopes: ['openid', 'profile:uid'] }), UID)).toBe(false);
  });
});
