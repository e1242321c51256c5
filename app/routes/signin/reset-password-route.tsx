export { ResetPasswordPage as Component } from '../../features/signin/reset/reset-password-page';
