import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './components/app-layout';
import { RouteError } from './components/route-error';
import { legalRoutes } from './routes/legal-routes';
import { oauthRoutes } from './routes/oauth-routes';
import { pairRoutes } from './routes/pair-routes';
import { settingsRoutes, warmSettingsChunk } from './routes/settings-routes';
import { signinRoutes } from './routes/signin-routes';
import { withStrings } from './routes/with-strings';

// Thin routes: each lazily loads one feature page, so a route's initial JS is the entry plus
// its own chunk (the performance budget is per route). The tables live in app/routes/, one per
// feature, and name only lazy modules.
export const routes: RouteObject[] = [
  {
    Component: AppLayout,
    ErrorBoundary: RouteError,
    HydrateFallback: () => null,
    children: [
      // Each table with the string parts its pages show (sign-in renders OAuth's Bad Request).
      ...withStrings(['signin', 'oauth'], signinRoutes),
      ...withStrings(['settings'], settingsRoutes),
      ...withStrings(['oauth'], oauthRoutes),
      ...withStrings(['legal'], legalRoutes),
      // A Sync session Firefox holds has ended (features/signout-sync).
      { path: 'signout_sync', lazy: () => import('./routes/signout-sync-route') },
      ...withStrings(['pair'], pairRoutes),
      { path: '*', lazy: () => import('./routes/not-found-route') },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);

/**
 * Starts downloading the chunk of the page being opened while the device exchange runs (before
 * the router exists), as ../shared/reference/perf-floor.md's floor does. Features opt in.
 */
export function warmRouteChunk(pathname: string): void {
  warmSettingsChunk(pathname);
}
