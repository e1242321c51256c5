export { VerifyEmailPage as Component } from '../../features/settings/pages/verify-email-page';
