// Headless Debian Chromium, driven by playwright-core: a fresh context (empty cache, new
// renderer) per page load, app and floor interleaved so drift on this shared machine hits both.
import { type Browser, chromium, type Page } from 'playwright-core';
import { BENCH_USER } from './fake-api.ts';
import {
  COLLECT_EXPRESSION,
  DONE_EXPRESSION,
  OBSERVER_SOURCE,
  type PageSample,
  parseSample,
  serverRequests,
} from './sample.ts';
import {
  type AppKind,
  deviceScript,
  LATE_REPLY_MS,
  LATE_SCENARIO,
  SCENARIOS,
  type Scenario,
  storedSessionScript,
  type Target,
} from './scenarios.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags of perf-floor.md §2.1, so the floor's published figures stay comparable. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-gpu',
  '--disable-quic',
];

const LOAD_TIMEOUT_MS = 15_000;

/**
 * Waits until `expression` is true in the page without putting anything of Playwright's into it.
 * page.waitForFunction evaluates Playwright's injected script (~65 ms of main-thread work on the
 * bench's machine) the moment it is called, that is in the middle of the load being measured: in
 * traces it sat between our entry's download and its next module request, and delayed
 * `fxa_status` by 60–100 ms (perf issue, 2026-11-30). It runs in the floor's page too, but there
 * it overlapped its entry's download. No user's page runs it. A CDP evaluation of a small polling
 * promise costs the page one 50 ms timer; the marks come from the observer, so the poll interval
 * does not change any figure. (lateReply below still uses waitForFunction: it times nothing.)
 */
async function waitInPage(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `new Promise((resolve, reject) => {
        const deadline = performance.now() + ${timeoutMs};
        const timer = setInterval(() => {
          if (${expression}) { clearInterval(timer); resolve(true); }
          else if (performance.now() > deadline) { clearInterval(timer); reject(new Error('timed out after ${timeoutMs} ms waiting for ' + ${JSON.stringify(expression)})); }
        }, 50);
      })`,
      awaitPromise: true,
    });
    if (exceptionDetails) {
      throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    }
  } catch (error) {
    // A full navigation destroys the document the promise lived in: keep waiting in the new one.
    if (!/context was destroyed|Cannot find context|target navigated/i.test(String(error))) {
      throw error;
    }
    await page.waitForFunction(expression, undefined, { timeout: timeoutMs });
  } finally {
    await cdp.detach().catch(() => {});
  }
}

export type ServerView = ReturnType<typeof serverRequests>;
export type Attempt = {
  sample?: PageSample;
  repeat?: PageSample;
  error?: string;
  /** What the API server saw before content (production shape only). */
  server?: ServerView;
};
export type LateCheck = { applied: boolean; reloaded: boolean; wasLate: boolean; error?: string };

export type ChromiumResults = {
  version: string;
  loads: Record<Scenario['id'], Record<AppKind, Attempt[]>>;
  late: Record<AppKind, LateCheck[]>;
  /** Set when Chromium could not be run at all; every row then says why. */
  error?: string;
};

const perApp = <T>(): Record<AppKind, T[]> => ({ app: [], floor: [] });

export const emptyChromiumResults = (error?: string): ChromiumResults => ({
  version: error ? '(failed)' : '',
  loads: { device: perApp(), 'chrome-stored': perApp(), 'firefox-no-answer': perApp() },
  late: perApp(),
  ...(error ? { error } : {}),
});

async function newPage(browser: Browser, userAgent: string, scripts: string[]) {
  const context = await browser.newContext({ userAgent, viewport: { width: 1280, height: 800 } });
  // Order matters: the observer first, so it sees the page's first WebChannel message.
  for (const content of [OBSERVER_SOURCE, ...scripts]) await context.addInitScript({ content });
  return { context, page: await context.newPage() };
}

async function load(browser: Browser, target: Target, scenario: Scenario): Promise<Attempt> {
  const scripts: string[] = [];
  if (scenario.storedSession) scripts.push(storedSessionScript(target.kind));
  if (scenario.device) scripts.push(deviceScript(scenario.device));
  const { context, page } = await newPage(browser, scenario.userAgent, scripts);
  const url = target.origin + scenario.path[target.kind];
  let navigatedAt = 0;
  const measure = async () => {
    navigatedAt = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await waitInPage(page, DONE_EXPRESSION, LOAD_TIMEOUT_MS);
    return parseSample(await page.evaluate(COLLECT_EXPRESSION));
  };
  try {
    const sample = await measure();
    // The observer also finishes on a sign-in page: a settings load that ended there failed.
    if (sample.marks.content === undefined) {
      return { sample, error: `no settings content (page at ${sample.url})` };
    }
    const server =
      target.api &&
      serverRequests(target.api.events, navigatedAt, navigatedAt + sample.marks.content);
    const repeat = scenario.repeat ? await measure() : undefined;
    return { sample, repeat, ...(server ? { server } : {}) };
  } catch (error) {
    const at = page.url();
    return { error: `${String(error).split('\n')[0]} (page at ${at})` };
  } finally {
    await context.close();
  }
}

/**
 * Firefox whose answer comes after the timeout: the page renders its fallback first; the late
 * answer must then show up (the browser's email on the sign-in page) without a reload.
 */
async function lateReply(browser: Browser, target: Target): Promise<LateCheck> {
  const { context, page } = await newPage(browser, LATE_SCENARIO.userAgent, [
    deviceScript(LATE_SCENARIO.device),
  ]);
  try {
    await page.goto(target.origin + LATE_SCENARIO.path[target.kind], { waitUntil: 'commit' });
    await page.waitForFunction('window.__perf && window.__perf.marks.signin != null', undefined, {
      timeout: LOAD_TIMEOUT_MS,
    });
    const before = parseSample(await page.evaluate(COLLECT_EXPRESSION));
    await page.waitForFunction(
      `window.__perf.wc.some((e) => e.dir === 'in' && e.command === 'fxaccounts:fxa_status')`,
      undefined,
      { timeout: LATE_REPLY_MS + LOAD_TIMEOUT_MS },
    );
    await page.waitForTimeout(300); // a few frames for the reply to be rendered
    const after = parseSample(await page.evaluate(COLLECT_EXPRESSION));
    const shows = (await page.evaluate(
      `document.body.innerText.includes(${JSON.stringify(BENCH_USER.email)}) ||
       [...document.querySelectorAll('input')].some((i) => i.value === ${JSON.stringify(BENCH_USER.email)})`,
    )) as boolean;
    const reply = after.wc.find((e) => e.dir === 'in' && e.command === 'fxaccounts:fxa_status');
    return {
      applied: shows && after.doc === before.doc,
      reloaded: after.doc !== before.doc,
      // The fallback must have rendered before the reply, or this checked nothing.
      wasLate: reply !== undefined && (before.marks.signin ?? Infinity) < reply.at,
    };
  } catch (error) {
    return { applied: false, reloaded: false, wasLate: false, error: String(error).split('\n')[0] };
  } finally {
    await context.close();
  }
}

export async function runChromium(
  targets: Record<AppKind, Target>,
  options: {
    iterations: number;
    lateChecks: number;
    log: (line: string) => void;
    /** Default: all of SCENARIOS. */
    scenarios?: Scenario[];
  },
): Promise<ChromiumResults> {
  const scenarios = options.scenarios ?? SCENARIOS;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const results: ChromiumResults = { ...emptyChromiumResults(), version: browser.version() };
  try {
    // Round -1 warms the OS file cache and the servers and is thrown away (perf-floor.md did too).
    for (let round = -1; round < options.iterations; round++) {
      const order: AppKind[] = round % 2 === 0 ? ['app', 'floor'] : ['floor', 'app'];
      for (const scenario of scenarios) {
        for (const kind of order) {
          const attempt = await load(browser, targets[kind], scenario);
          if (round >= 0) results.loads[scenario.id][kind].push(attempt);
          else if (attempt.error) options.log(`  warm-up ${kind} ${scenario.id}: ${attempt.error}`);
        }
      }
      if (round >= 0 && (round + 1) % 5 === 0)
        options.log(`  chromium: ${round + 1}/${options.iterations} rounds`);
    }
    for (let i = 0; i < options.lateChecks; i++) {
      for (const kind of ['app', 'floor'] as const) {
        results.late[kind].push(await lateReply(browser, targets[kind]));
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}
