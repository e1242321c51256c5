import { describe, expect, it } from 'vitest';
import type { AttachedClient } from '../../lib/auth-client/attached-clients';
import { clientKind, relativeTime, sortClients } from './client-list';

const client = (over: Partial<AttachedClient>): AttachedClient => ({
  clientId: null,
  deviceId: null,
  sessionTokenId: null,
  refreshTokenId: null,
  isCurrentSession: false,
  deviceType: null,
  name: null,
  scope: null,
  createdTime: null,
  lastAccessTime: null,
  location: null,
  userAgent: '',
  os: null,
  ...over,
});

describe('connected services list', () => {
  it('puts this device first, then the most recently active', () => {
    const sorted = sortClients([
      client({ name: 'old', lastAccessTime: 1 }),
      client({ name: 'recent', lastAccessTime: 3 }),
      client({ name: 'me', lastAccessTime: 2, isCurrentSession: true }),
      client({ name: 'never' }),
    ]);
    expect(sorted.map((c) => c.name)).toEqual(['me', 'recent', 'old', 'never']);
  });

  it.each([
    [{ deviceId: 'd', deviceType: 'mobile' }, 'mobile'],
    [{ deviceId: 'd', deviceType: 'tablet' }, 'tablet'],
    [{ deviceId: 'd', deviceType: 'something-new' }, 'desktop'],
    [{ sessionTokenId: 's' }, 'web'],
    [{ clientId: 'c' }, 'service'],
  ] as const)('%o is shown as %s', (over, kind) => {
    expect(clientKind(client(over))).toBe(kind);
  });

  it('says how long ago in the page language', () => {
    const now = Date.UTC(2026, 0, 10);
    expect(relativeTime(now - 3 * 86_400_000, now, 'en')).toBe('3 days ago');
    expect(relativeTime(now - 5_000, now, 'en')).toBe('now');
    expect(relativeTime(now + 60_000, now, 'en')).toBe('now'); // server clock ahead of ours
    expect(relativeTime(now - 2 * 3_600_000, now, 'de')).toBe('vor 2 Stunden');
  });
});
