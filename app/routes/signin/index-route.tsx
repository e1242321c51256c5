export { EmailFirstPage as Component } from '../../features/signin/email-first-page';
