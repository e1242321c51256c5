// The page-load scenarios of ../shared/reference/perf-floor.md §2.3, set up the same way for both
// apps: same user agent, same simulated device, same session — each stored where that app reads it.
import { type DeviceConfig, installDeviceSimulator } from '../mocks/device/simulator.ts';
import { BENCH_USER } from './fake-api.ts';
import type { ServerExchange } from './sample.ts';

export type AppKind = 'app' | 'floor';
/** Where an app is served; `api`: its API server's log when that is measured (production shape). */
export type Target = { kind: AppKind; origin: string; api?: { events: readonly ServerExchange[] } };

export const FIREFOX_UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0';
export const CHROME_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

/** Our WebChannel timeout (app/lib/webchannel/channel.ts); the floor gets the same via `?t=`. */
export const WEBCHANNEL_TIMEOUT_MS = 500;

export type Scenario = {
  id: 'device' | 'chrome-stored' | 'firefox-no-answer';
  label: string;
  userAgent: string;
  /** Simulated Firefox; none = a browser without WebChannel. */
  device?: DeviceConfig;
  storedSession: boolean;
  /** Also measure a second navigation in the same page (warm HTTP and code cache). */
  repeat: boolean;
  path: Record<AppKind, string>;
};

export const SCENARIOS: Scenario[] = [
  {
    id: 'device',
    label: 'device answers (Firefox UA, signed-in browser)',
    userAgent: FIREFOX_UA,
    device: { signedInUser: BENCH_USER },
    storedSession: false,
    repeat: true,
    path: { app: '/settings', floor: '/settings' },
  },
  {
    id: 'chrome-stored',
    label: 'Chrome UA, stored session',
    userAgent: CHROME_UA,
    storedSession: true,
    repeat: false,
    // `uaskip=1`: the floor's upstream-style UA gate; without it the floor would wait 500 ms.
    path: { app: '/settings', floor: '/settings?uaskip=1' },
  },
  {
    id: 'firefox-no-answer',
    label: 'Firefox UA, device never answers, stored session',
    userAgent: FIREFOX_UA,
    device: { signedInUser: BENCH_USER, noReply: true },
    storedSession: true,
    repeat: false,
    path: { app: '/settings', floor: `/settings?t=${WEBCHANNEL_TIMEOUT_MS}` },
  },
];

/** A reply well after the timeout, for the "late reply applied without reload" check. */
export const LATE_REPLY_MS = 1_500;
export const LATE_SCENARIO = {
  userAgent: FIREFOX_UA,
  device: { signedInUser: BENCH_USER, delayMs: LATE_REPLY_MS } satisfies DeviceConfig,
  path: { app: '/signin', floor: `/signin?t=${WEBCHANNEL_TIMEOUT_MS}` } as Record<AppKind, string>,
};

/**
 * The simulator as init-script text. tsx compiles functions with a `__name` helper that the page
 * does not have; a local no-op stands in for it.
 */
export function deviceScript(config: DeviceConfig): string {
  return `(function () { var __name = function (f) { return f; };
(${installDeviceSimulator.toString()})(${JSON.stringify(config)}); })();`;
}

/** A signed-in session in localStorage, in the format each app reads. */
export function storedSessionScript(kind: AppKind): string {
  const entries =
    kind === 'app'
      ? {
          // Upstream's format (app/session/account-storage.ts): JSON-encoded values.
          '__fxa_storage.accounts': JSON.stringify({
            [BENCH_USER.uid]: { ...BENCH_USER, lastLogin: 1_750_000_000_000 },
          }),
          '__fxa_storage.currentAccountUid': JSON.stringify(BENCH_USER.uid),
        }
      : { fxa_current_account: JSON.stringify(BENCH_USER) };
  return `(function () { var e = ${JSON.stringify(entries)};
for (var k in e) localStorage.setItem(k, e[k]); })();`;
}
