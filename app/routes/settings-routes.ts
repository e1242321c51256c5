import { type ComponentType, createElement, lazy } from 'react';
import { type LoaderFunctionArgs, type RouteObject, redirect } from 'react-router';
import { loadStrings } from '../l10n/localization';
import { preload } from '../lib/preload';
import { isSettingsPath } from '../lib/settings-path';
import { requireSession } from '../session/require-session';
import { earlyRequestsContext } from './early-requests-context';
import type { SubPage } from './settings/settings-route';

// The account page and its sub-pages (upstream fxa-settings components/Settings/index.tsx); all
// of them need a session. The layout and the main page share one chunk (what a visit to
// /settings downloads); each sub-page is its own lazy chunk, reached through that one.
//
// Not react-router `lazy`: the router waits for every matched route's lazy module before it
// follows a loader's redirect, so a signed-out visit would download the settings code only to be
// sent to email-first. Here the routes' components are small and static; the code arrives when
// a component first renders (or earlier: the loader starts it when there is a session).
// The page's strings (features/settings/en.ftl) load beside its code: router.tsx's withStrings
// only wraps react-router `lazy`, which these routes do not use. The code and the data layer the
// loader calls are one chunk: each file on a first visit costs main-thread time in both browsers,
// and in Firefox it delayed the answer to fxa_status (docs/performance.md, "Fewer files").
const settingsCode = () =>
  import('./settings/settings-route').then((m) => {
    loadedCode = m;
    return m;
  });
type SettingsChunk = Awaited<ReturnType<typeof settingsCode>>;
/** Set once the settings chunk has run: the loader then starts the requests without a hop. */
let loadedCode: SettingsChunk | undefined;
const settingsChunk = () =>
  Promise.all([settingsCode(), loadStrings(['settings'])]).then(([m]) => m);

/**
 * Opening a settings page: its code, its strings and the code of its requests download while the
 * browser is asked who is signed in, so the loader's requests leave as soon as the session is
 * known instead of after one more download (bench: requests and content, and the render after
 * an unanswered fxa_status).
 */
export function warmSettingsChunk(pathname: string): void {
  if (isSettingsPath(pathname)) preload(settingsChunk);
}

/**
 * A route element whose component comes from the settings chunk. No Suspense boundary of its
 * own: navigations are transitions (react-router's RouterProvider), so the page on screen stays
 * until the next one's code is in; a first visit shows nothing until then, as a lazy route would.
 */
function fromChunk(pick: (chunk: SettingsChunk) => Promise<ComponentType> | ComponentType) {
  return createElement(lazy(async () => ({ default: await pick(await settingsChunk()) })));
}

const subPage = (name: SubPage) =>
  fromChunk(async (chunk) => (await chunk.loadSubPage(name)).Component);

/** Two-step authentication's pages: a chunk of their own, after the settings chunk. */
const twoStepPage = (name: 'TwoStepSetupPage' | 'ReplaceCodesPage') =>
  fromChunk(async (chunk) => {
    const pages = await chunk.loadTwoStepPages();
    await pages.stringsReady;
    return pages[name];
  });

/**
 * Signed out: email-first with the page in redirect_to. Signed in: the page's chunk downloads and
 * its requests start once it is in, or are taken over from the entry (route-data.ts), which
 * started them before the app chunk ran. Nothing is awaited:
 * the first render never waits on the network.
 */
function settingsLoader({ request, context }: LoaderFunctionArgs) {
  const signIn = requireSession(new URL(request.url));
  if (signIn) return signIn;
  const early = context.get(earlyRequestsContext).takeSettings();
  // Warmed during the device exchange, the code is usually in by now: an import() of a loaded
  // module still resolves only after the tasks already queued (chunk evaluation, the first
  // render), which held the requests back by ~70 ms on the bench's 2 shared cores.
  if (loadedCode) loadedCode.prefetchSettingsData(early);
  else preload(() => settingsCode().then((m) => m.prefetchSettingsData(early)));
  preload(settingsChunk);
  return null;
}

export const settingsRoutes: RouteObject[] = [
  {
    path: 'settings',
    loader: settingsLoader,
    element: fromChunk((chunk) => chunk.SettingsLayout),
    children: [
      { index: true, element: fromChunk((chunk) => chunk.SettingsPage) },
      { path: 'display_name', element: subPage('displayName') },
      { path: 'avatar', element: subPage('avatar') },
      { path: 'avatar/change', loader: () => redirect('/settings/avatar') },
      { path: 'change_password', element: subPage('changePassword') },
      { path: 'emails', element: subPage('addEmail') },
      { path: 'emails/verify', element: subPage('verifyEmail') },
      { path: 'delete_account', element: subPage('deleteAccount') },
      { path: 'clients', loader: () => redirect('/settings#connected-services') },
      { path: 'account_recovery', element: subPage('recoveryKey') },
      { path: 'two_step_authentication', element: twoStepPage('TwoStepSetupPage') },
      { path: 'two_step_authentication/replace_codes', element: twoStepPage('ReplaceCodesPage') },
    ],
  },
];
