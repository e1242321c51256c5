import type { RouteObject } from 'react-router';

// Sign-in and sign-up (email-first, password, codes, Sync's choose-what-to-sync).
export const signinRoutes: RouteObject[] = [
  { index: true, lazy: () => import('./signin/index-route') },
  { path: 'signin', lazy: () => import('./signin/signin-route') },
];
