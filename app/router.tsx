import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './components/app-layout';
import { RouteError } from './components/route-error';
import { requireSession } from './session/require-session';

// Thin routes: each lazily loads one feature page, so a route's initial JS is the entry plus
// its own chunk (the performance budget is per route).
export const routes: RouteObject[] = [
  {
    Component: AppLayout,
    ErrorBoundary: RouteError,
    HydrateFallback: () => null,
    children: [
      { index: true, lazy: () => import('./routes/index-route') },
      { path: 'signin', lazy: () => import('./routes/signin-route') },
      {
        path: 'settings',
        loader: ({ request }) => requireSession(new URL(request.url)),
        lazy: () => import('./routes/settings-route'),
      },
      { path: 'authorization', lazy: () => import('./routes/authorization-route') },
      { path: '*', lazy: () => import('./routes/not-found-route') },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
