import type { RouteObject } from 'react-router';
import { checkOAuth } from '../features/signin/oauth-check';
import { withMoreSigninStrings, withResetStrings } from './signin/reset-strings';

// The sign-in flows most visits never reach (force_auth, unblock, password reset, two-step):
// their routes are found on navigation (router.tsx, discoverRoutes), not in every page's first
// load. Every step's loader checks the OAuth parameters first (oauth-check.ts), as the others do.
export const moreSigninRoutes: RouteObject[] = [
  // Sign in again to the account the URL names (Firefox's "Reconnect", action=force_auth).
  {
    path: 'force_auth',
    loader: checkOAuth,
    lazy: () => withMoreSigninStrings(() => import('./signin/force-auth-route')),
  },
  {
    path: 'oauth/force_auth',
    loader: checkOAuth,
    lazy: () => withMoreSigninStrings(() => import('./signin/force-auth-route')),
  },
  // Sign-in unblock (errno 125 with email-captcha) and its "this wasn't me" link.
  {
    path: 'signin_unblock',
    loader: checkOAuth,
    lazy: () => withMoreSigninStrings(() => import('./signin/signin-unblock-route')),
  },
  {
    path: 'report_signin',
    lazy: () => withMoreSigninStrings(() => import('./signin/report-signin-route')),
  },
  {
    path: 'signin_reported',
    lazy: () => withMoreSigninStrings(() => import('./signin/signin-reported-route')),
  },
  // Password reset and the account recovery key (upstream components/App/index.tsx paths);
  // their strings come with them (reset-strings.ts).
  {
    path: 'reset_password',
    loader: checkOAuth,
    lazy: () => withResetStrings(() => import('./signin/reset-password-route')),
  },
  {
    path: 'confirm_reset_password',
    loader: checkOAuth,
    lazy: () => withResetStrings(() => import('./signin/confirm-reset-password-route')),
  },
  {
    path: 'account_recovery_confirm_key',
    loader: checkOAuth,
    lazy: () => withResetStrings(() => import('./signin/account-recovery-confirm-key-route')),
  },
  {
    path: 'complete_reset_password',
    loader: checkOAuth,
    lazy: () => withResetStrings(() => import('./signin/complete-reset-password-route')),
  },
  {
    path: 'account_recovery_reset_password',
    loader: checkOAuth,
    lazy: () => withResetStrings(() => import('./signin/account-recovery-reset-password-route')),
  },
  {
    path: 'confirm_totp_reset_password',
    loader: checkOAuth,
    lazy: () => withResetStrings(() => import('./signin/confirm-totp-reset-password-route')),
  },
  {
    path: 'confirm_backup_code_reset_password',
    loader: checkOAuth,
    lazy: () => withResetStrings(() => import('./signin/confirm-backup-code-reset-password-route')),
  },
  {
    path: 'reset_password_with_recovery_key_verified',
    loader: checkOAuth,
    lazy: () =>
      withResetStrings(() => import('./signin/reset-password-with-recovery-key-verified-route')),
  },
  {
    path: 'signin_totp_code',
    loader: checkOAuth,
    lazy: () => twoStep('TotpCodePage'),
  },
  {
    path: 'signin_recovery_code',
    loader: checkOAuth,
    lazy: () => twoStep('RecoveryCodePage'),
  },
];

/** The two-step pages' chunk, rendered once its strings are in (two-step-route.tsx). */
async function twoStep(page: 'TotpCodePage' | 'RecoveryCodePage') {
  const route = await import('./signin/two-step-route');
  await route.stringsReady;
  return { Component: route[page] };
}
