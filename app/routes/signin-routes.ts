import type { RouteObject } from 'react-router';

// Sign-in and sign-up (email-first, password, codes, Sync's choose-what-to-sync).
export const signinRoutes: RouteObject[] = [
  { index: true, lazy: () => import('./signin/index-route') },
  // Email-first for OAuth reliers (upstream `/oauth`, the same page as `/`).
  { path: 'oauth', lazy: () => import('./signin/index-route') },
  { path: 'signin', lazy: () => import('./signin/signin-route') },
];
