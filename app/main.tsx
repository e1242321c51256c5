import './styles/global.css';
import { createRoot } from 'react-dom/client';
import { AppRoot } from './app-root';
import { bootstrapSession } from './bootstrap/bootstrap-session';
import { setAppLocalization } from './l10n/lazy-strings';
import { applyDocumentLocale, loadLocalization } from './l10n/localization';
import { createAppRouter, warmRouteChunk } from './router';

async function start() {
  // Both before the first render, in parallel: who is signed in (the browser, ≤ 500 ms, or
  // storage) and which language. Neither touches the auth server. The language is chosen first
  // (synchronously), so the page's chunk warms up with its strings during the device exchange.
  const localization = loadLocalization(navigator.languages);
  warmRouteChunk(window.location.pathname);
  const [channel, { l10n, locale }] = await Promise.all([
    bootstrapSession({ url: new URL(window.location.href), userAgent: navigator.userAgent }),
    localization,
  ]);
  applyDocumentLocale(locale);
  setAppLocalization(l10n);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  // The router runs its loaders as soon as it exists, so it is made only once the session is known.
  const router = createAppRouter();
  createRoot(root).render(<AppRoot l10n={l10n} channel={channel} router={router} />);
}

// Dev only: the simulated device and the in-browser emulator are never in a production build.
if (import.meta.env.DEV) {
  import('./dev-tools').then(({ installDevTools }) => installDevTools()).then(start);
} else {
  void start();
}
