export { AddEmailPage as Component } from '../../features/settings/pages/add-email-page';
