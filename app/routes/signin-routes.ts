import type { RouteObject } from 'react-router';
import { checkOAuth } from '../features/signin/oauth-check';
// The sign-in styles ride with the app's stylesheet rather than each step's chunk: email-first is
// what most first visits show, and a separate stylesheet request would hold up its first render.
import '../features/signin/signin.css';

// Sign-in and sign-up (email-first, password, codes, Sync's choose-what-to-sync). OAuth web
// reliers use the `/oauth` twins of the first three (upstream routes them there); the later steps
// are shared and read the integration from the query they carry. Every step's loader checks the
// OAuth parameters first (oauth-check.ts).
export const signinRoutes: RouteObject[] = [
  { index: true, loader: checkOAuth, lazy: () => import('./signin/index-route') },
  { path: 'oauth', loader: checkOAuth, lazy: () => import('./signin/index-route') },
  { path: 'signin', loader: checkOAuth, lazy: () => import('./signin/signin-route') },
  { path: 'oauth/signin', loader: checkOAuth, lazy: () => import('./signin/signin-route') },
  { path: 'signup', loader: checkOAuth, lazy: () => import('./signin/signup-route') },
  { path: 'oauth/signup', loader: checkOAuth, lazy: () => import('./signin/signup-route') },
  {
    path: 'signin_token_code',
    loader: checkOAuth,
    lazy: () => import('./signin/signin-token-code-route'),
  },
  {
    path: 'confirm_signup_code',
    loader: checkOAuth,
    lazy: () => import('./signin/confirm-signup-code-route'),
  },
  {
    path: 'choose_what_to_sync',
    loader: checkOAuth,
    lazy: () => import('./signin/choose-what-to-sync-route'),
  },
  {
    path: 'connect_another_device',
    loader: checkOAuth,
    lazy: () => import('./signin/connect-another-device-route'),
  },
];
