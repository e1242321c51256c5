import './styles/global.css';
// In the entry, not in a chunk of their own: the app chunk and every page's chunk use these, and
// the bundler would otherwise split them into one more file for each page to fetch (+0.5 KiB
// gzip on every route's initial JS, the size budget). Nothing of theirs runs here.
import '@fluent/react';
import 'react/jsx-runtime';
import { bootstrapSession } from './bootstrap/bootstrap-session';
import { prefetchRouteData } from './routes/route-data';

// A small entry on purpose: it asks the browser who is signed in, and starts the opened page's
// requests, while React, the router and the pages (./start-app, which the HTML names for
// preloading) are still downloading. When all of that ran first, fxa_status left ~300 ms after
// navigation on the bench's machine, and the requests ~100 ms later still (perf issue, 2026-11-30).

/**
 * How long the app chunk's evaluation (one ~150 ms task on the bench's machine) may wait for the
 * browser's answer and the requests it allows to leave. Evaluated earlier, it fell between the
 * requests' key derivation and their fetch, or between them and the first render, and content
 * came later: 1.17× against 1.21×, 1.25× against 1.32× and 1.23× against 1.27× the floor
 * (same-run A/Bs of 24 loads, 2026-11-30). Past this, the chunk is evaluated and the first render
 * goes ahead whether or not the requests have left, so a slow answer or a stalled request never
 * holds the page.
 */
const APP_WAITS_FOR_REQUESTS_MS = 100;

async function start() {
  const url = new URL(window.location.href);
  let app: Promise<typeof import('./start-app')> | undefined;
  const loadApp = () => {
    app ??= import('./start-app').then((m) => {
      m.prepareApp(url.pathname);
      return m;
    });
    return app;
  };
  const waitedEnough = new Promise<void>((resolve) =>
    setTimeout(resolve, APP_WAITS_FOR_REQUESTS_MS),
  );
  // A failed import is met, and reported, by the await below.
  waitedEnough.then(loadApp).catch(() => {});
  // Before the first render: who is signed in (the browser, ≤ 500 ms, or storage). Nothing here
  // touches the auth server.
  const channel = await bootstrapSession({ url, userAgent: navigator.userAgent });
  await Promise.race([prefetchRouteData(url.pathname), waitedEnough]);
  await (await loadApp()).startApp(channel);
}

// Dev only: the simulated device and the in-browser emulator are never in a production build.
if (import.meta.env.DEV) {
  import('./dev-tools').then(({ installDevTools }) => installDevTools()).then(start);
} else {
  void start();
}
