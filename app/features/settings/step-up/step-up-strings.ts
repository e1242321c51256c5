import { addLazyStrings } from '../../../l10n/lazy-strings';

/** The dialog's strings (step-up/<locale>.lazy.ftl) travel with its chunk. */
export const ready = import('virtual:ftl-lazy/features/settings/step-up').then(addLazyStrings);
