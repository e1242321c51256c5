// Settings' "Data collection and use" says this app sends no metrics of its own (app/features/
// settings/sections/data-collection.tsx). This keeps it true: no app code beacons, loads an
// analytics library or calls a metrics endpoint (upstream's /metrics, /metrics-flow, Glean).
// `metricsContext`, the sign-in field the auth server accepts and ignores, is never filled in.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const APP = join(import.meta.dirname, '..', 'app');
const FORBIDDEN = [
  /sendBeacon/,
  /['"`]\/metrics/,
  /glean/i,
  /amplitude/i,
  /google-analytics|gtag\(/i,
  /sentry/i,
  /metricsContext:/,
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$|\.testutil\.ts$/.test(name) ? [path] : [];
  });
}

it('the app sends no metrics of its own', () => {
  const offending = sources(APP).flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    return FORBIDDEN.filter((re) => re.test(text)).map((re) => `${path}: ${re}`);
  });
  expect(offending).toEqual([]);
});
