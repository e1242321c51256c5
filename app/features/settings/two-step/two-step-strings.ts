import { addLazyStrings } from '../../../l10n/lazy-strings';

/** The section's and pages' strings (<locale>.lazy.ftl here), loaded with their chunks. */
export const stringsReady = import('virtual:ftl-lazy/features/settings/two-step').then(
  addLazyStrings,
);
