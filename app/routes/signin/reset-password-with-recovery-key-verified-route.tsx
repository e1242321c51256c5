export { NewRecoveryKeyPage as Component } from '../../features/signin/reset/new-recovery-key-page';
