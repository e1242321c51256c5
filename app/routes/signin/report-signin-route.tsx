export { ReportSigninPage as Component } from '../../features/signin/report-signin-page';
