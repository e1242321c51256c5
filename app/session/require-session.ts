import { redirect } from 'react-router';
import { useSessionStore } from './session-store';

/**
 * Guard for pages that need an account: signed out goes to email-first with the page kept in
 * `redirect_to` (upstream SettingsRoutes), and the other query parameters kept as they were.
 */
export function requireSession(url: URL): Response | null {
  if (useSessionStore.getState().session.status === 'signed-in') return null;
  const params = new URLSearchParams(url.search);
  params.set('redirect_to', url.pathname);
  return redirect(`/?${params.toString()}`);
}
