// The issue's figures and budgets, computed from the raw results.
import type { Attempt, ChromiumResults, LateCheck } from './chromium.ts';
import type { OAuthResults } from './oauth.ts';
import {
  apiFetches,
  apiRequests,
  fxaStatusRoundTrip,
  fxaStatusSends,
  type PageSample,
  sequentialRounds,
  summarize,
} from './sample.ts';
import { type AppKind, WEBCHANNEL_TIMEOUT_MS } from './scenarios.ts';
import { KIB, type RouteSize, SIZE_BUDGET_RATIO } from './sizes.ts';
import { type Figure, figure, na, type Row, ratioOf, single, type Verdict } from './table.ts';

/** Budgets of the issue. */
export const CONTENT_BUDGET_RATIO = 1.2;
/** "at or before the timeout": the render the timer triggers gets this long on a 2-core box. */
export const FALLBACK_RENDER_SLACK_MS = 50;
export const MAX_ROUNDS = 1;

export type PerApp<T> = Record<AppKind, T>;
const KINDS: AppKind[] = ['app', 'floor'];

const pass = (ok: boolean): Verdict => (ok ? 'PASS' : 'FAIL');

/** One metric over the loads of a scenario: values, plus how many loads gave none. */
export function over(
  samples: Array<PageSample | undefined>,
  pick: (s: PageSample) => number | undefined,
  why = 'no data',
): Figure {
  const values: number[] = [];
  let failed = 0;
  for (const s of samples) {
    const v = s ? pick(s) : undefined;
    if (v === undefined || Number.isNaN(v)) failed++;
    else values.push(v);
  }
  return figure(summarize(values), failed, why);
}

const firsts = (a: Attempt[]) => a.map((x) => x.sample);
const repeats = (a: Attempt[]) => a.map((x) => x.repeat);
export const content = (s: PageSample) => s.marks.content;

export function row(
  section: string,
  metric: string,
  unit: Row['unit'],
  app: Figure,
  floor: Figure,
  budget = '',
  result: Verdict = '',
): Row {
  return { section, metric, unit, app, floor, ratio: ratioOf(app, floor), budget, result };
}

export function sizeRows(app: RouteSize[], floor: RouteSize[]): Row[] {
  const section = 'Initial JS per route (production build, KiB, each file compressed alone)';
  const rows: Row[] = [];
  for (const route of ['/signin', '/settings', '/authorization']) {
    const a = app.find((s) => s.route === route);
    const f = floor.find((s) => s.route === route);
    if (!a || !f) continue;
    const gzip = row(
      section,
      `${route} gzip -9`,
      'KiB',
      single(a.gzip / KIB),
      single(f.gzip / KIB),
    );
    gzip.budget = `≤ ${SIZE_BUDGET_RATIO}× floor`;
    gzip.result = pass(a.gzip <= SIZE_BUDGET_RATIO * f.gzip);
    rows.push(gzip);
    rows.push(
      row(section, `${route} brotli q11`, 'KiB', single(a.brotli / KIB), single(f.brotli / KIB)),
    );
  }
  return rows;
}

function lateFigure(checks: LateCheck[]): Figure {
  if (checks.length === 0) return na('not run');
  const valid = checks.filter((c) => c.wasLate && !c.error);
  const applied = valid.filter((c) => c.applied).length;
  const notes = checks.length - valid.length;
  return { text: `${applied}/${valid.length} yes${notes ? ` (${notes} invalid)` : ''}` };
}

export function chromiumRows(r: ChromiumResults): Row[] {
  const section = `Headless Chromium ${r.version}, simulated device, fresh context (ms from navigation start)`;
  const by = (
    id: keyof ChromiumResults['loads'],
    pick: (s: PageSample) => number | undefined,
    repeat = false,
  ) =>
    Object.fromEntries(
      KINDS.map((k) => [k, over((repeat ? repeats : firsts)(r.loads[id][k]), pick, r.error)]),
    ) as PerApp<Figure>;

  const device = by('device', content);
  const deviceRow = row(
    section,
    'settings content, device answers',
    'ms',
    device.app,
    device.floor,
  );
  deviceRow.budget = `≤ ${CONTENT_BUDGET_RATIO}× floor median`;
  deviceRow.result =
    deviceRow.ratio === null ? 'n/a' : pass(deviceRow.ratio <= CONTENT_BUDGET_RATIO);

  const shell = by('device', (s) => s.marks.shell);
  const warm = by('device', content, true);
  const rtt = by('device', fxaStatusRoundTrip);
  const chrome = by('chrome-stored', content);
  const chromeSends = by('chrome-stored', (s) => fxaStatusSends(s).length);
  const silent = by('firefox-no-answer', content);
  // The first render of the page after the unanswered request was sent.
  const fallback = by('firefox-no-answer', (s) => {
    const sent = fxaStatusSends(s)[0];
    return sent && s.marks.shell !== undefined ? s.marks.shell - sent.at : undefined;
  });
  const requests = by('device', (s) =>
    s.marks.content === undefined ? undefined : apiRequests(s, s.marks.content).length,
  );
  const allSettings = ['device', 'chrome-stored', 'firefox-no-answer'] as const;
  const rounds = Object.fromEntries(
    KINDS.map((k) => [
      k,
      over(
        allSettings.flatMap((id) => firsts(r.loads[id][k])),
        (s) =>
          s.marks.content === undefined
            ? undefined
            : sequentialRounds(apiFetches(s, s.marks.content)),
        r.error,
      ),
    ]),
  ) as PerApp<Figure>;

  const chromeRow = row(
    section,
    'fxa_status messages sent, Chrome UA',
    'count',
    chromeSends.app,
    chromeSends.floor,
  );
  chromeRow.budget = `max 0${'max' in chromeSends.app ? ` (max ${chromeSends.app.max})` : ''}`;
  chromeRow.result = 'median' in chromeSends.app ? pass(chromeSends.app.max === 0) : 'n/a';

  const fallbackRow = row(
    section,
    'fallback render − fxa_status sent, no answer',
    'ms',
    fallback.app,
    fallback.floor,
  );
  const fallbackLimit = WEBCHANNEL_TIMEOUT_MS + FALLBACK_RENDER_SLACK_MS;
  fallbackRow.budget = `median ≤ ${WEBCHANNEL_TIMEOUT_MS} + ${FALLBACK_RENDER_SLACK_MS} ms`;
  fallbackRow.result =
    'median' in fallback.app ? pass(fallback.app.median <= fallbackLimit) : 'n/a';

  const late = { app: lateFigure(r.late.app), floor: lateFigure(r.late.floor) };
  const lateRow = row(
    section,
    'late fxa_status reply applied, no reload',
    '',
    late.app,
    late.floor,
  );
  const appLate = r.late.app.filter((c) => c.wasLate && !c.error);
  lateRow.budget = 'every time';
  lateRow.result = appLate.length ? pass(appLate.every((c) => c.applied)) : 'n/a';

  const roundsRow = row(
    section,
    'sequential request rounds before content (all 3 scenarios; a round = after a read response)',
    'count',
    rounds.app,
    rounds.floor,
  );
  roundsRow.budget = `max ≤ ${MAX_ROUNDS}${'max' in rounds.app ? ` (max ${rounds.app.max})` : ''}`;
  roundsRow.result = 'median' in rounds.app ? pass(rounds.app.max <= MAX_ROUNDS) : 'n/a';

  return [
    deviceRow,
    row(section, 'settings shell, device answers', 'ms', shell.app, shell.floor),
    row(section, 'settings content, repeat visit (warm cache)', 'ms', warm.app, warm.floor),
    row(section, 'fxa_status round trip in the page', 'ms', rtt.app, rtt.floor),
    row(section, 'settings content, Chrome UA + stored session', 'ms', chrome.app, chrome.floor),
    chromeRow,
    row(
      section,
      'settings content, Firefox UA, device never answers',
      'ms',
      silent.app,
      silent.floor,
    ),
    fallbackRow,
    lateRow,
    row(
      section,
      'auth/profile requests before content, device answers',
      'count',
      requests.app,
      requests.floor,
    ),
    roundsRow,
  ];
}

/** The one-click's budget: the code request, nothing else, between the click and the redirect. */
export const ONE_CLICK_AUTH_REQUESTS = 1;

export function oauthRows(r: OAuthResults): Row[] {
  const section = `OAuth one-click (Chromium${r.version ? ` ${r.version}` : ''}, signed-in device, trusted relier)`;
  const floorNa = na('the floor has no one-click flow');
  const timing = figure(
    summarize(r.runs.flatMap((x) => (x.clickToCallback === undefined ? [] : [x.clickToCallback]))),
    r.runs.filter((x) => x.clickToCallback === undefined).length,
    r.error ?? 'not run',
  );
  const counts = r.runs.flatMap((x) => (x.authRequests === undefined ? [] : [x.authRequests]));
  const requests = figure(summarize(counts), r.runs.length - counts.length, r.error ?? 'not run');
  const requestsRow = row(
    section,
    'auth-server requests, click → redirect',
    'count',
    requests,
    floorNa,
    `= ${ONE_CLICK_AUTH_REQUESTS} every time`,
    counts.length ? pass(counts.every((n) => n === ONE_CLICK_AUTH_REQUESTS)) : 'n/a',
  );
  return [row(section, 'click → relier callback loaded', 'ms', timing, floorNa), requestsRow];
}
