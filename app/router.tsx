import {
  createBrowserRouter,
  type PatchRoutesOnNavigationFunction,
  type RouteObject,
  RouterContextProvider,
} from 'react-router';
import { AppLayout } from './components/app-layout';
import { RouteError } from './components/route-error';
import { earlyRequestsContext } from './routes/early-requests-context';
import { oauthRoutes } from './routes/oauth-routes';
import type { EarlyRequests } from './routes/route-data';
import { settingsRoutes, warmSettingsChunk } from './routes/settings-routes';
import { signinRoutes } from './routes/signin-routes';
import { withStrings } from './routes/with-strings';

const APP_ROUTE_ID = 'app';

// Thin routes: each lazily loads one feature page, so a route's initial JS is the entry plus
// its own chunk (the performance budget is per route). The tables live in app/routes/, one per
// feature, and name only lazy modules.
export const routes: RouteObject[] = [
  {
    id: APP_ROUTE_ID,
    Component: AppLayout,
    ErrorBoundary: RouteError,
    HydrateFallback: () => null,
    children: [
      // Each table with the string parts its pages show (sign-in renders OAuth's Bad Request).
      ...withStrings(['signin', 'oauth'], signinRoutes),
      ...withStrings(['settings'], settingsRoutes),
      ...withStrings(['oauth'], oauthRoutes),
      { path: '*', lazy: () => import('./routes/not-found-route') },
    ],
  },
];

let moreRoutes: Promise<RouteObject[]> | undefined;

/**
 * Adds the rarely visited pages' routes (routes/more-routes.ts) the first time a path matches
 * nothing but the not-found route: react-router asks whenever a path matched only through a
 * splat or parameter ("fog of war", https://reactrouter.com/api/data-routers/createBrowserRouter#optspatchroutesonnavigation).
 * An unknown path pays one small chunk before its not-found page; known pages pay nothing.
 * Patching again is harmless (react-router skips routes it already has), so each router (tests
 * make several) gets them.
 */
export const discoverRoutes: PatchRoutesOnNavigationFunction = async ({ patch }) => {
  moreRoutes ??= import('./routes/more-routes').then((m) => m.moreRoutes);
  patch(APP_ROUTE_ID, await moreRoutes);
};

/** What the router gives its loaders: the requests the entry started (routes/route-data.ts). */
export const loaderContext = (early: EarlyRequests) => () =>
  new RouterContextProvider(new Map([[earlyRequestsContext, early]]));

export const createAppRouter = (early: EarlyRequests) =>
  createBrowserRouter(routes, {
    patchRoutesOnNavigation: discoverRoutes,
    getContext: loaderContext(early),
  });

/**
 * Starts downloading the chunk of the page being opened while the device exchange runs (before
 * the router exists), as ../shared/reference/perf-floor.md's floor does. Features opt in.
 */
export function warmRouteChunk(pathname: string): void {
  warmSettingsChunk(pathname);
}
