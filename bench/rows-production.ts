// Rows of the production shape (bench/production-shape.ts) and their budgets: settings content
// ≤ 1.15× the floor in Chromium and in real Firefox (warm) at every added latency; the real-Firefox
// fxa_status round trip within a few milliseconds of the floor's; no more sequential request
// rounds before content than the floor's, preflights counted.
import type { Attempt } from './chromium.ts';
import type { FirefoxLoad } from './firefox.ts';
import type { ProductionShapeResults } from './production-shape.ts';
import { content, over, row } from './rows.ts';
import {
  apiRequests,
  fxaStatusRoundTrip,
  fxaStatusSends,
  type PageSample,
  roundTripsWithPreflights,
  summarize,
} from './sample.ts';
import { type Figure, figure, na, type Row, type Verdict } from './table.ts';

export const PRODUCTION_CONTENT_BUDGET_RATIO = 1.15;
/** "within a few milliseconds of the floor's". */
export const FXA_STATUS_SLACK_MS = 5;

const pass = (ok: boolean): Verdict => (ok ? 'PASS' : 'FAIL');
const median = (f: Figure) => ('median' in f ? f.median : undefined);

type Server = NonNullable<Attempt['server']>;
type Load = { sample?: PageSample; server?: Server };

function serverFigure(
  loads: Load[],
  pick: (s: Server, page: PageSample) => number | undefined,
): Figure {
  const values = loads.flatMap((l) => {
    const v = l.server && l.sample ? pick(l.server, l.sample) : undefined;
    return v === undefined ? [] : [v];
  });
  return figure(summarize(values), loads.length - values.length, 'no server log');
}

const roundTrips = (s: Server, page: PageSample) => roundTripsWithPreflights(page, s.preflights);

/**
 * Where a load's time goes, from the page's own clock (ms from navigation): when fxa_status
 * left, when the first API request left, when GET /account's answer was in, and how long the
 * page took from there to its content. Medians per phase, so that a gap between app and floor
 * shows where it opens (docs/performance.md, "Where the production-shape gap opens").
 */
const accountAnswered = (s: PageSample) =>
  apiRequests(s).find((r) => new URL(r.name).pathname.endsWith('/account'))?.end;
const PHASES: Array<[string, (s: PageSample) => number | undefined]> = [
  ['fxa_status sent', (s) => fxaStatusSends(s)[0]?.at],
  [
    'first API request leaves',
    (s) => {
      const requests = apiRequests(s, s.marks.content ?? Number.POSITIVE_INFINITY);
      return requests.length ? Math.min(...requests.map((r) => r.start)) : undefined;
    },
  ],
  ['GET /account answered', accountAnswered],
  [
    'content − account answered',
    (s) => {
      const at = accountAnswered(s);
      return at === undefined || s.marks.content === undefined ? undefined : s.marks.content - at;
    },
  ],
];

function phaseRows(section: string, browser: string, app: Load[], floor: Load[]): Row[] {
  return PHASES.map(([name, pick]) =>
    row(
      section,
      `${browser}: ${name}`,
      'ms',
      over(
        app.map((l) => l.sample),
        pick,
      ),
      over(
        floor.map((l) => l.sample),
        pick,
      ),
    ),
  );
}

function ratioRow(r: Row, budget: number): Row {
  r.budget = `≤ ${budget}× floor median`;
  r.result = r.ratio === null ? 'n/a' : pass(r.ratio <= budget);
  return r;
}

function notMoreRow(r: Row): Row {
  const [a, f] = [median(r.app), median(r.floor)];
  r.budget = '≤ floor';
  r.result = a === undefined || f === undefined ? 'n/a' : pass(a <= f);
  return r;
}

export function productionRows(results: ProductionShapeResults | { error: string }): Row[] {
  if ('error' in results) {
    const f = na(results.error.slice(0, 80));
    return [row('Production shape', 'settings content', 'ms', f, f, '', 'n/a')];
  }
  const rows: Row[] = [];
  for (const { latencyMs, chromium, firefox } of results.runs) {
    const section = `Production shape: API on another origin (CORS preflights), +${latencyMs} ms per request`;
    const loads = chromium.loads.device;
    const samples = (a: Attempt[]) => a.map((x) => x.sample);
    rows.push(
      ratioRow(
        row(
          section,
          `Chromium: settings content, device answers`,
          'ms',
          over(samples(loads.app), content, chromium.error),
          over(samples(loads.floor), content, chromium.error),
        ),
        PRODUCTION_CONTENT_BUDGET_RATIO,
      ),
      notMoreRow(
        row(
          section,
          'Chromium: request round trips before content, preflights counted',
          'count',
          serverFigure(loads.app, roundTrips),
          serverFigure(loads.floor, roundTrips),
        ),
      ),
      {
        ...row(
          section,
          'Chromium: API requests · preflights before content',
          '',
          requestsText(loads.app),
          requestsText(loads.floor),
        ),
        ratio: null,
      },
      ...phaseRows(section, 'Chromium', loads.app, loads.floor),
    );
    if ('error' in firefox) {
      const f = na(firefox.error.slice(0, 60));
      rows.push(row(section, 'real Firefox: settings content (warm)', 'ms', f, f, '', 'n/a'));
      continue;
    }
    const ff = (l: FirefoxLoad[], pick: typeof content) => over(samples(l), pick);
    const rttApp = ff(firefox.warm.app, fxaStatusRoundTrip);
    const rttFloor = ff(firefox.warm.floor, fxaStatusRoundTrip);
    const rtt = row(section, 'real Firefox: fxa_status round trip (warm)', 'ms', rttApp, rttFloor);
    const [a, f] = [median(rttApp), median(rttFloor)];
    rtt.budget = `≤ floor + ${FXA_STATUS_SLACK_MS} ms`;
    rtt.result = a === undefined || f === undefined ? 'n/a' : pass(a <= f + FXA_STATUS_SLACK_MS);
    rows.push(
      ratioRow(
        row(
          section,
          'real Firefox: settings content (warm, same tab)',
          'ms',
          ff(firefox.warm.app, content),
          ff(firefox.warm.floor, content),
        ),
        PRODUCTION_CONTENT_BUDGET_RATIO,
      ),
      rtt,
      notMoreRow(
        row(
          section,
          'real Firefox: request round trips before content (warm), preflights counted',
          'count',
          serverFigure(firefox.warm.app, roundTrips),
          serverFigure(firefox.warm.floor, roundTrips),
        ),
      ),
      row(
        section,
        'real Firefox cold start: settings content',
        'ms',
        ff(firefox.cold.app, content),
        ff(firefox.cold.floor, content),
      ),
      ...phaseRows(section, 'real Firefox (warm)', firefox.warm.app, firefox.warm.floor),
    );
  }
  return rows;
}

function requestsText(loads: Load[]): Figure {
  const requests = serverFigure(loads, (s) => s.requests);
  const preflights = serverFigure(loads, (s) => s.preflights);
  const r = median(requests);
  const p = median(preflights);
  return r === undefined || p === undefined ? na('no server log') : { text: `${r} · ${p}` };
}
