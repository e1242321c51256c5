export { ConfirmRecoveryKeyPage as Component } from '../../features/signin/reset/confirm-recovery-key-page';
