export { ForceAuthPage as Component } from '../../features/signin/force-auth-page';
