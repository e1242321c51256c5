import { lazy, Suspense } from 'react';
import { Outlet, useOutletContext } from 'react-router';
import { addLazyStrings } from '../../l10n/lazy-strings';
import type { SignedInAccount } from '../../session/precedence';
import { SettingsAlertBar } from './settings-alert';
import './settings.css';
import { usePaintedOnce } from '../../lib/use-painted';
import { useSettingsAccount } from './data/use-settings-account';

/**
 * The strings of the parts that load after the page (sections/<locale>.lazy.ftl): the menu, the
 * sections below the fold, a secondary email's actions, the error dialog. Each part's chunk and
 * these download side by side; they are added once.
 */
export const loadSectionStrings = () =>
  import('virtual:ftl-lazy/features/settings/sections').then(addLazyStrings);

// The menu is not what the page is opened for: its chunk is requested once the layout has painted
// (as the page's own later chunks, settings-page.tsx says why), and a placeholder disc holds its
// place until it arrives.
const AvatarMenu = lazy(() =>
  Promise.all([import('./avatar-menu'), loadSectionStrings()]).then(([m]) => ({
    default: m.AvatarMenu,
  })),
);
const firstPaint = { painted: false };
const avatarPlaceholder = <span className="avatar small skeleton" aria-hidden="true" />;

/**
 * `/settings` and its sub-pages: the shell (avatar menu, alert bar) renders at once from the
 * session alone; the pages below fill in as their requests — started by the route loader —
 * come back.
 */
export function SettingsLayout() {
  const account = useSettingsAccount();
  const painted = usePaintedOnce(firstPaint);
  if (!account) return null;
  return (
    // data-settings-shell: the bench's "shell rendered" mark (bench/observer.js).
    <div className="settings" data-settings-shell>
      <div className="settings-bar">
        <Suspense fallback={avatarPlaceholder}>
          {painted ? <AvatarMenu account={account} /> : avatarPlaceholder}
        </Suspense>
      </div>
      <SettingsAlertBar />
      <Outlet context={account} />
    </div>
  );
}

/** The signed-in account, for pages inside the settings layout (which guarantees there is one). */
export const useSettingsOutletAccount = () => useOutletContext<SignedInAccount>();
