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

async function start() {
  const url = new URL(window.location.href);
  const app = import('./start-app').then((m) => {
    m.prepareApp(url.pathname);
    return m;
  });
  // Before the first render: who is signed in (the browser, ≤ 500 ms, or storage). Nothing here
  // touches the auth server.
  const channel = await bootstrapSession({ url, userAgent: navigator.userAgent });
  prefetchRouteData(url.pathname);
  await (await app).startApp(channel);
}

// Dev only: the simulated device and the in-browser emulator are never in a production build.
if (import.meta.env.DEV) {
  import('./dev-tools').then(({ installDevTools }) => installDevTools()).then(start);
} else {
  void start();
}
