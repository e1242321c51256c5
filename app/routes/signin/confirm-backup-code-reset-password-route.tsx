export { BackupCodeResetPage as Component } from '../../features/signin/reset/totp-reset-page';
