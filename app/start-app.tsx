import { createRoot } from 'react-dom/client';
import { AppRoot } from './app-root';
import { setAppLocalization } from './l10n/lazy-strings';
import { applyDocumentLocale, loadLocalization } from './l10n/localization';
import type { WebChannel } from './lib/webchannel/channel';
import { createAppRouter, warmRouteChunk } from './router';
import type { EarlyRequests } from './routes/route-data';

// React, the router and the pages: the chunk that app/main.tsx imports while the browser answers.

let localization: ReturnType<typeof loadLocalization> | undefined;

/**
 * Starts what the first render needs besides the session, as soon as this chunk has run: the
 * language's strings and the opened page's chunk download during the device exchange. Once.
 */
export function prepareApp(pathname: string): ReturnType<typeof loadLocalization> {
  if (!localization) {
    localization = loadLocalization(navigator.languages);
    warmRouteChunk(pathname);
  }
  return localization;
}

/** The first render, once the session is decided and the page's requests started (main.tsx). */
export async function startApp(channel: WebChannel | null, early: EarlyRequests): Promise<void> {
  const { l10n, locale } = await prepareApp(window.location.pathname);
  applyDocumentLocale(locale);
  setAppLocalization(l10n);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  // The router runs its loaders as soon as it exists, so it is made only once the session is known.
  const router = createAppRouter(early);
  createRoot(root).render(<AppRoot l10n={l10n} channel={channel} router={router} />);
}
