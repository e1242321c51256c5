// Who wants to connect, from Firefox's `pair_supplicant_metadata` answer: the phone's sender data
// as the channel server saw it (`{ua, city, region, country, ipAddress}`, pairing.md §2.5).
// Upstream shows the browser family and OS from the user agent (ua-parser), the place and the IP
// (packages/fxa-content-server/app/scripts/views/pair/auth_allow.js, mixins/user-agent-mixin).
// Every field comes from the network: only short plain strings are kept, and React escapes them.

export type DeviceInfo = {
  family?: string;
  os?: string;
  city?: string;
  region?: string;
  country?: string;
  ipAddress?: string;
};

const FAMILIES: [RegExp, string][] = [
  [/\bFxiOS\//, 'Firefox'],
  [/\bFocus\//, 'Firefox Focus'],
  [/\bFirefox\//, 'Firefox'],
  [/\bEdg(A|iOS)?\//, 'Edge'],
  [/\bOPR\//, 'Opera'],
  [/\bCriOS\//, 'Chrome'],
  [/Chrome\//, 'Chrome'], // also HeadlessChrome/
  [/\bVersion\/[\d.]+.*Safari\//, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
  [/\bAndroid\b/, 'Android'],
  [/\b(iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b/, 'macOS'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bLinux\b/, 'Linux'],
];

const first = (pairs: [RegExp, string][], ua: string) => pairs.find(([re]) => re.test(ua))?.[1];

function text(value: unknown, max = 100): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed && trimmed.length <= max ? trimmed : undefined;
}

export function describeDevice(metadata: unknown): DeviceInfo {
  if (typeof metadata !== 'object' || metadata === null) return {};
  const m = metadata as Record<string, unknown>;
  const ua = text(m.ua, 1024) ?? '';
  const ip = text(m.ipAddress, 64);
  const info: DeviceInfo = {
    family: first(FAMILIES, ua),
    os: first(SYSTEMS, ua),
    city: text(m.city),
    region: text(m.region),
    country: text(m.country),
    ipAddress: ip && /^[0-9a-fA-F.:]+$/.test(ip) ? ip : undefined,
  };
  return Object.fromEntries(Object.entries(info).filter(([, v]) => v !== undefined));
}

/** "Paris, Île-de-France, France", or undefined when the server gave no place. */
export function placeOf(device: DeviceInfo): string | undefined {
  const parts = [device.city, device.region, device.country].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}
