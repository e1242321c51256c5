// Real firefox-esr (puppeteer-core over WebDriver BiDi): the browser's own WebChannel answers
// fxa_status from a signed-in profile (signedInUser.json, ../shared/reference/firefox-device.md §3).
// Each launch gets a fresh profile; its first navigation is the browser cold-start case, the
// following ones are warm (same tab, HTTP cache on). Launches alternate between app and floor.
// A small launcher of our own: the e2e harness (e2e/support/firefox-*.ts) is being written apart.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { BENCH_USER } from './fake-api.ts';
import {
  COLLECT_EXPRESSION,
  DONE_EXPRESSION,
  OBSERVER_SOURCE,
  type PageSample,
  parseSample,
  serverRequests,
} from './sample.ts';
import type { AppKind, Target } from './scenarios.ts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export type FirefoxLoad = {
  sample?: PageSample;
  error?: string;
  /** What the API server saw before content (production shape only). */
  server?: ReturnType<typeof serverRequests>;
};
export type FirefoxResults = {
  version: string;
  launchMs: Record<AppKind, number[]>;
  cold: Record<AppKind, FirefoxLoad[]>;
  warm: Record<AppKind, FirefoxLoad[]>;
};

/** Nothing Firefox does in the background may reach the bench server (or the internet). */
const CLOSED = 'http://localhost:1';

function prefs(origin: string): Record<string, unknown> {
  return {
    // The channel only opens for this exact origin (scheme, host, port).
    'identity.fxaccounts.remote.root': `${origin}/`,
    'identity.fxaccounts.auth.uri': `${CLOSED}/v1`,
    'identity.fxaccounts.remote.oauth.uri': `${CLOSED}/v1`,
    'identity.fxaccounts.remote.profile.uri': `${CLOSED}/v1`,
    'identity.fxaccounts.remote.pairing.uri': 'ws://localhost:1',
    'identity.sync.tokenserver.uri': `${CLOSED}/1.0/sync/1.5`,
    'identity.fxaccounts.autoconfig.uri': '',
    // Sub-millisecond performance.now() for both apps alike (timing runs only).
    'privacy.reduceTimerPrecision': false,
  };
}

function signedInProfile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fxa-bench-firefox-'));
  fs.writeFileSync(
    path.join(dir, 'signedInUser.json'),
    JSON.stringify({ version: 1, accountData: BENCH_USER }),
  );
  return dir;
}

type Page = Awaited<ReturnType<Browser['newPage']>>;

async function measure(page: Page, target: Target, timeoutMs: number): Promise<FirefoxLoad> {
  try {
    const navigatedAt = performance.now();
    await page.goto(`${target.origin}/settings`, {
      waitUntil: 'domcontentloaded',
      timeout: timeoutMs,
    });
    await page.waitForFunction(DONE_EXPRESSION, { timeout: timeoutMs });
    const sample = parseSample(await page.evaluate(COLLECT_EXPRESSION));
    // Without an answer in time there is no session: the page ends on sign-in, not settings.
    if (sample.marks.content === undefined) {
      return { sample, error: `no settings content (page at ${sample.url})` };
    }
    const server =
      target.api &&
      serverRequests(target.api.events, navigatedAt, navigatedAt + sample.marks.content);
    return server ? { sample, server } : { sample };
  } catch (error) {
    return { error: `${String(error).split('\n')[0]} (page at ${page.url()})` };
  }
}

export async function runFirefox(
  targets: Record<AppKind, Target>,
  options: { launches: number; warmLoads: number; log: (line: string) => void },
): Promise<FirefoxResults> {
  if (!fs.existsSync(FIREFOX_PATH)) throw new Error(`${FIREFOX_PATH} not found`);
  const results: FirefoxResults = {
    version: '',
    launchMs: { app: [], floor: [] },
    cold: { app: [], floor: [] },
    warm: { app: [], floor: [] },
  };
  for (let i = 0; i < options.launches; i++) {
    const order: AppKind[] = i % 2 === 0 ? ['app', 'floor'] : ['floor', 'app'];
    for (const kind of order) {
      const { origin } = targets[kind];
      const profile = signedInProfile();
      const started = performance.now();
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        userDataDir: profile,
        extraPrefsFirefox: prefs(origin),
        // No WebDriver BiDi network events: the bench reads its timings in the page and at the
        // server, and Firefox's remote agent would otherwise observe and serialize every request on
        // the parent process's main thread, the thread that answers fxa_status, which no user's
        // browser does (docs/decisions/0082-bench-firefox-without-network-events.md).
        networkEnabled: false,
        protocolTimeout: 60_000,
        timeout: 60_000,
      });
      try {
        results.launchMs[kind].push(performance.now() - started);
        results.version ||= await browser.version();
        const page = (await browser.pages())[0] ?? (await browser.newPage());
        await page.evaluateOnNewDocument(OBSERVER_SOURCE);
        // Straight after launch: the cold-start case.
        results.cold[kind].push(await measure(page, targets[kind], 8_000));
        for (let n = 0; n < options.warmLoads; n++) {
          results.warm[kind].push(await measure(page, targets[kind], 15_000));
        }
      } finally {
        await browser.close();
        fs.rmSync(profile, { recursive: true, force: true });
      }
    }
    options.log(`  firefox: ${i + 1}/${options.launches} launches per app`);
  }
  return results;
}
