// The second step of a sign-in with two-step authentication. The pages' strings
// (features/signin/two-step/<locale>.lazy.ftl) come with this chunk, not with sign-in's, so the
// first load of /signin stays as it was (app/l10n/lazy-strings.ts).
import { addLazyStrings } from '../../l10n/lazy-strings';

export { RecoveryCodePage, TotpCodePage } from '../../features/signin/two-step/two-step-pages';

export const stringsReady = import('virtual:ftl-lazy/features/signin/two-step').then(
  addLazyStrings,
);
