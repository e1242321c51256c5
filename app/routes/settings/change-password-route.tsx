export { ChangePasswordPage as Component } from '../../features/settings/pages/change-password-page';
