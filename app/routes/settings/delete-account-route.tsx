export { DeleteAccountPage as Component } from '../../features/settings/pages/delete-account-page';
