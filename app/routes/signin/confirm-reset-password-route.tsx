export { ConfirmResetCodePage as Component } from '../../features/signin/reset/confirm-reset-code-page';
