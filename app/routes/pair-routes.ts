import type { RouteObject } from 'react-router';

// QR-code pairing ("Connect another device"), upstream's routes (fxa-content-server
// app/scripts/lib/router.js). The desktop Firefox's own screens, the phone's, and the results
// each load their own chunk; only the phone's loads fxa-pairing-channel.
const authority = () => import('./pair/authority-route');
const supplicant = () => import('./pair/supplicant-route');
const result = () => import('./pair/pair-result-route');

export const pairRoutes: RouteObject[] = [
  {
    path: 'pair',
    children: [
      { index: true, lazy: () => import('./pair/pair-index-route') },
      { path: 'auth/allow', lazy: authority },
      { path: 'auth/wait_for_supp', lazy: authority },
      { path: 'auth/complete', lazy: authority },
      { path: 'supp', lazy: supplicant },
      { path: 'supp/allow', lazy: supplicant },
      { path: 'supp/wait_for_auth', lazy: supplicant },
      { path: 'failure', lazy: result },
      { path: 'success', lazy: result },
      { path: 'unsupported', lazy: result },
    ],
  },
  { path: 'oauth/success/:clientId', lazy: result },
];
