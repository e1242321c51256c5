// `/signout_sync` (app/features/signout-sync): its own chunk, with its strings.
import { addLazyStrings } from '../l10n/lazy-strings';

export { SignoutSyncPage as Component } from '../features/signout-sync/signout-sync-page';

/** The page's strings are in the bundles before it renders (app/l10n/lazy-strings.ts). */
export const loader = () =>
  import('virtual:ftl-lazy/features/signout-sync').then(addLazyStrings).then(() => null);
