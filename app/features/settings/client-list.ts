// Connected services (upstream ConnectedServices + lib/utilities sortAttachedClients): this device
// first, then the most recently active. The icon follows the device type Firefox registered;
// a session without a device is a web session, a bare OAuth client is a service.
import type { AttachedClient } from '../../lib/auth-client/attached-clients';

export type ClientKind = 'desktop' | 'mobile' | 'tablet' | 'tv' | 'vr' | 'web' | 'service';

const DEVICE_TYPES: Record<string, ClientKind> = {
  desktop: 'desktop',
  mobile: 'mobile',
  tablet: 'tablet',
  tv: 'tv',
  vr: 'vr',
};

export function clientKind(client: AttachedClient): ClientKind {
  const type = client.deviceType ? DEVICE_TYPES[client.deviceType] : undefined;
  if (type) return type;
  if (client.deviceId) return 'desktop';
  return client.sessionTokenId ? 'web' : 'service';
}

export function sortClients(clients: readonly AttachedClient[]): AttachedClient[] {
  return [...clients].sort((a, b) => {
    if (a.isCurrentSession !== b.isCurrentSession) return a.isCurrentSession ? -1 : 1;
    return (b.lastAccessTime ?? 0) - (a.lastAccessTime ?? 0);
  });
}

/** A stable React key: whichever ids the server gave (at least one is always set). */
export const clientKey = (c: AttachedClient) =>
  [c.clientId, c.deviceId, c.sessionTokenId, c.refreshTokenId].map((v) => v ?? '-').join(':');

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * "3 days ago" in the page's language (Intl, no library). Under a minute is "now": the server's
 * clock and ours differ by seconds, and upstream shows "a few seconds ago" there too.
 */
export function relativeTime(then: number, now: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const elapsed = Math.max(0, now - then);
  for (const [unit, ms] of UNITS) {
    if (elapsed >= ms) return format.format(-Math.floor(elapsed / ms), unit);
  }
  return format.format(0, 'second');
}
