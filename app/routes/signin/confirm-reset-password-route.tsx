export { ConfirmResetCodePage as Component } from '../../features/signin/reset/confirm-reset-code-page';
// Adds the strings that load beside it to the app's bundles (reset-strings.ts says why).
export { addLazyStrings } from '../../l10n/lazy-strings';
