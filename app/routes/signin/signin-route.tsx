export { SigninPage as Component } from '../../features/signin/signin-page';
