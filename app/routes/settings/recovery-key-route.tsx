export { RecoveryKeyPage as Component } from '../../features/settings/pages/recovery-key-page';
