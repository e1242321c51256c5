// One chunk for a visit to /settings: the shell and the main page. The sub-pages' thin route
// modules are imported from here, each its own chunk: loaded only after this one (their parent
// route's), they reuse what it holds instead of splitting shared modules into more files for the
// first visit. Their strings come with them, not in the entry (app/l10n/lazy-strings.ts).
import { addLazyStrings } from '../../l10n/lazy-strings';

// What the route loader calls (settings-routes.ts): the settings data layer, in this chunk.
export { prefetchSettingsData } from '../../features/settings/data/queries';
export { SettingsLayout } from '../../features/settings/settings-layout';
export { SettingsPage } from '../../features/settings/settings-page';

const pages = {
  displayName: () => import('./display-name-route'),
  avatar: () => import('./avatar-route'),
  addEmail: () => import('./add-email-route'),
  verifyEmail: () => import('./verify-email-route'),
  changePassword: () => import('./change-password-route'),
  deleteAccount: () => import('./delete-account-route'),
  recoveryKey: () => import('./recovery-key-route'),
};

export type SubPage = keyof typeof pages;

export async function loadSubPage(name: SubPage) {
  const [page] = await Promise.all([
    pages[name](),
    import('virtual:ftl-lazy/features/settings/pages').then(addLazyStrings),
  ]);
  return page;
}

/** Two-step authentication's pages, reached through this chunk so they share its modules. */
export const loadTwoStepPages = () => import('./two-step-route');
