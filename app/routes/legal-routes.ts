import type { RouteObject } from 'react-router';

// The legal pages upstream links from sign-up (fxa-settings `legal/terms`, `legal/privacy`, and
// the `:locale/legal/…` twins its emails and other sites use). Each is its own lazy chunk.
export const legalRoutes: RouteObject[] = [
  { path: 'legal/terms', lazy: () => import('./legal/terms-route') },
  { path: 'legal/privacy', lazy: () => import('./legal/privacy-route') },
  { path: ':locale/legal/terms', lazy: () => import('./legal/terms-route') },
  { path: ':locale/legal/privacy', lazy: () => import('./legal/privacy-route') },
];
