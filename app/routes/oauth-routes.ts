import type { RouteObject } from 'react-router';

// OAuth authorization for reliers (and its permissions page, upstream `/signin_permissions`).
export const oauthRoutes: RouteObject[] = [
  { path: 'authorization', lazy: () => import('./oauth/authorization-route') },
  { path: 'signin_permissions', lazy: () => import('./oauth/permissions-route') },
];
