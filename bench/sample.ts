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

export type PageSample = {
  url: string;
  done: boolean;
  doc: string;
  marks: Record<string, number>;
  wc: WcEvent[];
  resources: ResourceEntry[];
  longtasks: Array<[number, number]>;
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

/**
 * Sequential rounds: a request that starts after another one has ended may depend on it, so it is
 * one round deeper. round(r) = 1 + max round of the requests that ended before r started; the
 * answer is the deepest round (0 without requests). Parallel requests share a round.
 */
export function sequentialRounds(requests: ResourceEntry[]): number {
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
