// The OAuth one-click: a relier sends a browser that is signed in (the simulated device answers
// fxa_status) to /authorization; the user clicks "Continue as …"; the page asks the auth server
// for a code (POST /v1/oauth/authorization) and goes back to the relier's callback. Measured from
// the click (in the page) to the callback document's load event (in the relier's page), both on
// the browser's clock (performance.timeOrigin + now), and the auth-server requests in between.
// Only our app: the floor's /authorization has no button that completes a flow.
import http from 'node:http';
import { type Browser, chromium, type Request } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { BENCH_CLIENT_ID, BENCH_USER, relierCallback } from './fake-api.ts';
import { deviceScript, FIREFOX_UA, type Target } from './scenarios.ts';

export type OAuthRun = {
  /** ms from the click to the relier's callback loaded. */
  clickToCallback?: number;
  /** Auth-server requests the page made between the click and the callback's request. */
  authRequests?: number;
  requests?: string[];
  error?: string;
};

export type OAuthResults = { version: string; runs: OAuthRun[]; error?: string };

const TIMEOUT_MS = 15_000;

/** The relier: serves its callback page (the code is not exchanged; only the arrival counts). */
export async function startRelier(port: number): Promise<{ close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end('<!doctype html><title>Relier</title><p>Signed in.</p>');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e) =>
      reject(new Error(`relier port ${port} is not free (set BENCH_RELIER_PORT): ${String(e)}`)),
    );
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * In every document of the context: the click on the one-click button (app page) and the load of
 * the callback (relier page) are reported through a binding, with the browser's own clock.
 * Plain text: tsx would add helpers the page does not have.
 */
const TIMING_SCRIPT = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  if (location.href.startsWith(${JSON.stringify(relierCallback())})) {
    addEventListener('load', () => window.__benchOAuth('callback', now()));
    return;
  }
  addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button && button.textContent.includes('Continue as')) window.__benchOAuth('click', now());
  }, true);
})();`;

export function authorizationPath(): string {
  const query = new URLSearchParams({
    client_id: BENCH_CLIENT_ID,
    redirect_uri: relierCallback(),
    scope: 'profile',
    state: 'bench-state-0123456789',
    response_type: 'code',
  });
  return `/authorization?${query.toString()}`;
}

async function oneClick(browser: Browser, target: Target): Promise<OAuthRun> {
  const context = await browser.newContext({
    userAgent: FIREFOX_UA,
    viewport: { width: 1280, height: 800 },
  });
  const times: Record<string, number> = {};
  await context.exposeBinding('__benchOAuth', (_source, name: string, at: number) => {
    times[name] = at;
  });
  await context.addInitScript({ content: TIMING_SCRIPT });
  await context.addInitScript({ content: deviceScript({ signedInUser: BENCH_USER }) });
  const page = await context.newPage();
  const requests: string[] = [];
  let clicked = false;
  let left = false;
  const onRequest = (request: Request) => {
    if (!clicked || left) return;
    const url = new URL(request.url());
    if (request.url().startsWith(relierCallback())) left = true;
    else if (url.origin === target.origin && /^\/auth\/v1\//.test(url.pathname))
      requests.push(`${request.method()} ${url.pathname}`);
  };
  page.on('request', onRequest);
  try {
    await page.goto(target.origin + authorizationPath(), { waitUntil: 'commit' });
    const button = page.getByRole('button', { name: /Continue as/ });
    // The user reads the page: the client's name is shown and the page is done loading
    // (continue-as.tsx fetches the click's code right after the first render).
    // (Fluent wraps the name in Unicode isolation marks, hence the pattern.)
    await page.getByRole('heading', { name: /Continue to .*Example RP/ }).waitFor({
      timeout: TIMEOUT_MS,
    });
    await page.waitForLoadState('networkidle', { timeout: TIMEOUT_MS });
    clicked = true;
    await button.click({ timeout: TIMEOUT_MS });
    await page.waitForURL(`${relierCallback()}**`, { waitUntil: 'load', timeout: TIMEOUT_MS });
    // The binding's message from the relier page may trail the load event by a moment.
    for (let i = 0; i < 50 && times.callback === undefined; i++) await page.waitForTimeout(20);
    if (times.click === undefined || times.callback === undefined) {
      return { error: `no ${times.click === undefined ? 'click' : 'callback'} time`, requests };
    }
    return {
      clickToCallback: times.callback - times.click,
      authRequests: requests.length,
      requests,
    };
  } catch (error) {
    return { error: `${String(error).split('\n')[0]} (page at ${page.url()})`, requests };
  } finally {
    await context.close();
  }
}

export async function runOAuth(
  target: Target,
  options: { runs: number; log: (line: string) => void },
): Promise<OAuthResults> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const results: OAuthResults = { version: browser.version(), runs: [] };
  try {
    // One warm-up run, thrown away like the page-load scenarios' first round.
    const warm = await oneClick(browser, target);
    if (warm.error) options.log(`  warm-up oauth: ${warm.error}`);
    for (let i = 0; i < options.runs; i++) results.runs.push(await oneClick(browser, target));
  } finally {
    await browser.close();
  }
  return results;
}
