import type { RouteObject } from 'react-router';
import { legalRoutes } from './legal-routes';
import { pairRoutes } from './pair-routes';
import { moreSigninRoutes } from './signin-more-routes';
import { withStrings } from './with-strings';

// Routes of pages people reach from elsewhere or rarely (reset, unblock, two-step, force_auth,
// pairing, legal, Sync's ended session): one chunk the router loads when a path matches nothing
// else (router.tsx, discoverRoutes), so the route table in every page's first load stays small.
export const moreRoutes: RouteObject[] = [
  ...withStrings(['signin', 'oauth'], moreSigninRoutes),
  ...withStrings(['legal'], legalRoutes),
  // A Sync session Firefox holds has ended (features/signout-sync).
  { path: 'signout_sync', lazy: () => import('./signout-sync-route') },
  ...withStrings(['pair'], pairRoutes),
];
