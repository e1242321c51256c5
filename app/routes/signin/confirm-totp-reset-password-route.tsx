export { TotpResetPage as Component } from '../../features/signin/reset/totp-reset-page';
