export { AuthorizationPage as Component } from '../../features/oauth/authorization-page';
