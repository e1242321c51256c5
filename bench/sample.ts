// What one page load yields, and the figures derived from it. Pure functions, no browser.
import fs from 'node:fs';
import path from 'node:path';

/** The observer's source (bench/observer.js), injected as text into every document. */
export const OBSERVER_SOURCE = fs.readFileSync(
  path.join(import.meta.dirname, 'observer.js'),
  'utf8',
);

export type WcEvent = {
  dir: 'out' | 'in';
  command: string | null;
  id: string | null;
  error: string | null;
  at: number;
};

export type ResourceEntry = { name: string; type: string; start: number; end: number };

/** One fetch() of the page (bench/observer.js): called, and when its body was first read. */
export type FetchCall = { url: string; called: number; read: number | null };

export type PageSample = {
  url: string;
  done: boolean;
  doc: string;
  marks: Record<string, number>;
  wc: WcEvent[];
  resources: ResourceEntry[];
  longtasks: Array<[number, number]>;
  fetches?: FetchCall[];
};

/**
 * Evaluated in the page (as a string: tsx-compiled functions would carry helpers the page lacks).
 * Returns JSON text so both Playwright and puppeteer-over-BiDi hand back the same thing.
 */
export const COLLECT_EXPRESSION = `(() => {
  const P = window.__perf || { marks: {}, wc: [], longtasks: [], doc: '', done: false };
  return JSON.stringify({
    url: location.href,
    done: !!P.done,
    doc: P.doc,
    marks: P.marks,
    wc: P.wc,
    longtasks: P.longtasks,
    fetches: P.fetches || [],
    resources: performance.getEntriesByType('resource').map((e) => ({
      name: e.name, type: e.initiatorType, start: e.startTime, end: e.responseEnd,
    })),
  });
})()`;

export const DONE_EXPRESSION = 'window.__perf !== undefined && window.__perf.done === true';

export const parseSample = (json: unknown): PageSample => JSON.parse(String(json)) as PageSample;

const FXA_STATUS = 'fxaccounts:fxa_status';

export const fxaStatusSends = (s: PageSample) =>
  s.wc.filter((e) => e.dir === 'out' && e.command === FXA_STATUS);

/** First fxa_status dispatch → its reply (same messageId), in ms; undefined when unanswered. */
export function fxaStatusRoundTrip(s: PageSample): number | undefined {
  const sent = fxaStatusSends(s)[0];
  if (!sent) return undefined;
  const reply = s.wc.find(
    (e) =>
      e.dir === 'in' &&
      e.command === FXA_STATUS &&
      e.at >= sent.at &&
      (e.id === sent.id || e.id === null),
  );
  return reply ? reply.at - sent.at : undefined;
}

/** Auth, OAuth and profile API calls (bench/fake-api.ts paths), not static files. */
export function apiRequests(s: PageSample, before = Number.POSITIVE_INFINITY): ResourceEntry[] {
  return s.resources.filter((r) => {
    if (r.type !== 'fetch' && r.type !== 'xmlhttprequest') return false;
    if (r.start >= before) return false;
    return /^\/(auth|profile|oauth)\/v1\//.test(new URL(r.name).pathname);
  });
}

const isApiUrl = (url: string) => /^\/(auth|profile|oauth)\/v1\//.test(new URL(url).pathname);

/** The page's auth/OAuth/profile fetch() calls made before `before` (ms). */
export function apiFetches(s: PageSample, before = Number.POSITIVE_INFINITY): FetchCall[] {
  return (s.fetches ?? []).filter((f) => f.called < before && isApiUrl(f.url));
}

/**
 * Sequential rounds from the page's own fetch() calls: a request can depend on another only if
 * the page had read that one's response body before calling fetch, so it is one round deeper.
 * round(r) = 1 + max round of the requests read before r was called; the answer is the deepest
 * round (0 without requests). Requests sent before any answer was read share round 1.
 */
export function sequentialRounds(calls: FetchCall[]): number {
  return roundsOf(calls.map((c) => ({ start: c.called, end: c.read ?? Number.POSITIVE_INFINITY })));
}

/**
 * The same from network timings only (Resource Timing): a request that started after another one
 * ended may depend on it. Stricter than the page's view (a parallel request that leaves a few ms
 * after a fast sibling answered counts as a second round); kept in the JSON for comparison.
 */
export function networkRounds(requests: ResourceEntry[]): number {
  return roundsOf(requests);
}

/** Rounds of requests that may depend on each other: one that started after another ended. */
export function roundsOf(requests: Array<{ start: number; end: number }>): number {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const rounds: number[] = [];
  sorted.forEach((r, i) => {
    let depth = 0;
    for (let j = 0; j < i; j++) {
      if (sorted[j]!.end <= r.start) depth = Math.max(depth, rounds[j]!);
    }
    rounds.push(depth + 1);
  });
  return Math.max(0, ...rounds);
}

export type Summary = { n: number; median: number; p95: number; min: number; max: number };

/** Nearest-rank percentiles, as ../shared/reference/perf-floor.md reports them. */
export function summarize(values: number[]): Summary | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return {
    n: sorted.length,
    median: rank(50),
    p95: rank(95),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}

/** An API exchange as the API server saw it (bench/server.ts), preflights included. */
export type ServerExchange = { method: string; start: number; end: number };

/**
 * What reached the API server between `from` and `until` (the bench process's clock: navigation
 * start and the content mark, mapped onto it): requests and CORS preflights. Resource Timing does
 * not show preflights; the server sees them.
 */
export function serverRequests(
  events: readonly ServerExchange[],
  from: number,
  until: number,
): { requests: number; preflights: number } {
  const seen = events.filter((e) => e.start >= from && e.start <= until && e.end > 0);
  return {
    requests: seen.filter((e) => e.method !== 'OPTIONS').length,
    preflights: seen.filter((e) => e.method === 'OPTIONS').length,
  };
}

/**
 * Network round trips before content, preflights counted: the page's sequential rounds (its own
 * reads, sequentialRounds), each costing two trips when its requests were preflighted (a preflight
 * must come back before its request leaves). A round's requests share their preflights' trip.
 */
export function roundTripsWithPreflights(s: PageSample, preflights: number): number | undefined {
  if (s.marks.content === undefined) return undefined;
  const rounds = sequentialRounds(apiFetches(s, s.marks.content));
  return preflights > 0 ? rounds * 2 : rounds;
}
