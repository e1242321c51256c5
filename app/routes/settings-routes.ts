import type { RouteObject } from 'react-router';
import { requireSession } from '../session/require-session';

// The account page and its sub-pages; all of them need a session.
export const settingsRoutes: RouteObject[] = [
  {
    path: 'settings',
    loader: ({ request }) => requireSession(new URL(request.url)),
    lazy: () => import('./settings/settings-route'),
  },
];
