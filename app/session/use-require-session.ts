import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { signedInAccount, useSessionStore } from './session-store';

/**
 * For pages already on screen: when the session ends while the page is open (another tab
 * signed out, the token expired), go to email-first keeping the page in `redirect_to`, like
 * the route guard does on entry. Returns the account while there is one.
 */
export function useRequireSession() {
  const account = useSessionStore((s) => signedInAccount(s.session));
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(() => {
    if (account) return;
    const params = new URLSearchParams(location.search);
    params.set('redirect_to', location.pathname);
    navigate(`/?${params.toString()}`, { replace: true });
  }, [account, navigate, location]);
  return account;
}
