import type { RouteObject } from 'react-router';

// OAuth authorization for reliers (and its permissions page).
export const oauthRoutes: RouteObject[] = [
  { path: 'authorization', lazy: () => import('./oauth/authorization-route') },
];
