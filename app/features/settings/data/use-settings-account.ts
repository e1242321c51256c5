import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ERRNO, isAuthServerError, isInvalidTokenError } from '../../../lib/auth-client/errors';
import { queryClient } from '../../../query-client';
import { signedInAccount, useSessionStore } from '../../../session/session-store';
import { expireSession } from '../end-session';
import { signInAgainPath, takeSettingsExit } from '../settings-exit';
import { settingsKeys } from './queries';

/**
 * The account the settings pages act for, and the way out when the session ends while they are
 * open: to where the ending code asked (sign-out, deletion), else back to sign-in with the page
 * in redirect_to (another tab signed out, storage cleared). Also the one place that turns an
 * errno 110 from any settings request — query or mutation — into a sign-out (upstream
 * apollo-client's "Invalid token" link; security reference D1). Nothing else signs out. An
 * errno 138 goes to sign-in to confirm the session, signed in all the while; errno 222 to the
 * authenticator code page.
 */
export function useSettingsAccount() {
  const account = useSessionStore((s) => signedInAccount(s.session));
  const navigate = useNavigate();
  const location = useLocation();
  const locationRef = useRef(location);
  locationRef.current = location;
  const navigateRef = useRef(navigate);
  navigateRef.current = navigate;

  useEffect(() => {
    if (account) return;
    // Children are already unmounted (the layout renders nothing without an account).
    queryClient.removeQueries({ queryKey: settingsKeys.all });
    const exit = takeSettingsExit();
    const { pathname, search } = locationRef.current;
    if (exit) navigate(exit.to, { replace: true, state: exit.state });
    else navigate(signInAgainPath(pathname, search), { replace: true });
  }, [account, navigate]);

  useEffect(() => {
    const onError = (error: unknown) => {
      const { pathname, search } = locationRef.current;
      if (isInvalidTokenError(error)) expireSession(locationRef.current);
      // errno 138: the session still waits for its emailed code. Sign-in confirms it ("Continue
      // as", then the code) and comes back; the token is kept (upstream apollo-client
      // isUnverifiedSessionError; security reference D3).
      else if (isAuthServerError(error, ERRNO.UNVERIFIED_SESSION)) {
        // Asked anew once confirmed: the failure must not be served from the cache then.
        queryClient.removeQueries({ queryKey: settingsKeys.all });
        navigateRef.current(signInAgainPath(pathname, search), { replace: true });
      }
      // errno 222: two-step authentication is on and this session did one step (it predates
      // it, or Firefox holds it): the authenticator's code, then back (upstream PR #19586).
      else if (isAuthServerError(error, ERRNO.INSUFFICIENT_AAL)) {
        queryClient.removeQueries({ queryKey: settingsKeys.all });
        const back = signInAgainPath(pathname, search).replace(/^\/\?/, '');
        navigateRef.current(`/signin_totp_code?${back}`, { replace: true });
      }
    };
    // A prefetch may have failed before this page's chunk arrived.
    for (const query of queryClient.getQueryCache().findAll({ queryKey: settingsKeys.all })) {
      onError(query.state.error);
    }
    const stopQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.query.queryKey[0] !== settingsKeys.all[0]) return;
      if (event.action.type === 'error') onError(event.action.error);
    });
    const stopMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type !== 'updated' || event.mutation.options.mutationKey?.[0] !== 'settings')
        return;
      if (event.action.type === 'error') onError(event.action.error);
    });
    return () => {
      stopQueries();
      stopMutations();
    };
  }, []);

  return account;
}
