import './styles/global.css';
// In the entry, not in a chunk of their own: the app chunk and every page's chunk use these, and
// the bundler would otherwise split them into one more file for each page to fetch (+0.5 KiB
// gzip on every route's initial JS, the size budget). Nothing of theirs runs here.
import '@fluent/react';
import 'react/jsx-runtime';
import { bootstrapSession } from './bootstrap/bootstrap-session';
import { startRouteRequests } from './routes/route-data';

// A small entry on purpose: it asks the browser who is signed in, and starts the opened page's
// requests, while React, the router and the pages (./start-app) are still arriving. Run after
// them, fxa_status and the requests left hundreds of milliseconds later (docs/performance.md, "A
// small entry"). The HTML names ./start-app as a module script of its own, after this one
// (scripts/vite-plugin-route-preloads.ts): it runs once this module has sent fxa_status, only
// defining things, and Firefox keeps its compiled bytecode from visit to visit.

/**
 * How long the app's start (its strings and the page's chunk, then the first render) may wait for
 * the browser's answer and the requests it allows to leave. Started earlier, it fell between the
 * requests' key derivation and their fetch, or between them and the first render, and content
 * came later (the A/Bs are in docs/performance.md). Past this, the first render goes ahead
 * whether or not the requests have left, so a slow answer or a stalled request never holds the
 * page.
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
  const early = startRouteRequests(url.pathname);
  await Promise.race([early.sent, waitedEnough]);
  await (await loadApp()).startApp(channel, early);
}

// Dev only: the simulated device and the in-browser emulator are never in a production build.
if (import.meta.env.DEV) {
  import('./dev-tools').then(({ installDevTools }) => installDevTools()).then(start);
} else {
  void start();
}
