export { SignupPage as Component } from '../../features/signin/signup-page';
