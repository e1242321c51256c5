import { type LoaderFunctionArgs, type RouteObject, redirect } from 'react-router';
import { requireSession } from '../session/require-session';
import type { SubPage } from './settings/settings-route';

// The account page and its sub-pages (upstream fxa-settings components/Settings/index.tsx); all
// of them need a session. The layout and the main page share one chunk (what a visit to
// /settings downloads); each sub-page is its own lazy chunk, reached through that one.
const settingsChunk = () => import('./settings/settings-route');
const subPage = (name: SubPage) => async () => (await settingsChunk()).loadSubPage(name);

/**
 * Signed out: email-first with the page in redirect_to. Signed in: the settings requests start
 * now, in parallel with the page's chunk (react-router runs a static loader beside `lazy`), so
 * the page finds them in flight. Nothing is awaited: the first render never waits on the network.
 */
function settingsLoader({ request }: LoaderFunctionArgs) {
  const signIn = requireSession(new URL(request.url));
  if (signIn) return signIn;
  void import('../features/settings/settings-core').then((m) => m.prefetchSettingsData());
  return null;
}

export const settingsRoutes: RouteObject[] = [
  {
    path: 'settings',
    loader: settingsLoader,
    lazy: async () => ({ Component: (await settingsChunk()).SettingsLayout }),
    children: [
      { index: true, lazy: async () => ({ Component: (await settingsChunk()).SettingsPage }) },
      { path: 'display_name', lazy: subPage('displayName') },
      { path: 'avatar', lazy: subPage('avatar') },
      { path: 'avatar/change', loader: () => redirect('/settings/avatar') },
      { path: 'change_password', lazy: subPage('changePassword') },
      { path: 'emails', lazy: subPage('addEmail') },
      { path: 'emails/verify', lazy: subPage('verifyEmail') },
      { path: 'delete_account', lazy: subPage('deleteAccount') },
      { path: 'clients', loader: () => redirect('/settings#connected-services') },
    ],
  },
];
