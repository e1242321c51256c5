import type { RouteObject } from 'react-router';

// QR-code pairing ("Connect another device"), upstream's routes (fxa-content-server
// app/scripts/lib/router.js). The desktop Firefox's own screens, the phone's, and the results
// each load their own chunk; only the phone's loads fxa-pairing-channel.
const authority = () => import('./pair/authority-route');
const supplicant = () => import('./pair/supplicant-route');
const result = () => import('./pair/pair-result-route');

export const pairRoutes: RouteObject[] = [
  { path: 'pair', lazy: () => import('./pair/pair-index-route') },
  { path: 'pair/auth/allow', lazy: authority },
  { path: 'pair/auth/wait_for_supp', lazy: authority },
  { path: 'pair/auth/complete', lazy: authority },
  { path: 'pair/supp', lazy: supplicant },
  { path: 'pair/supp/allow', lazy: supplicant },
  { path: 'pair/supp/wait_for_auth', lazy: supplicant },
  { path: 'pair/failure', lazy: result },
  { path: 'pair/success', lazy: result },
  { path: 'pair/unsupported', lazy: result },
  { path: 'oauth/success/:clientId', lazy: result },
];
