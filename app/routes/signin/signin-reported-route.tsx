export { SigninReportedPage as Component } from '../../features/signin/report-signin-page';
