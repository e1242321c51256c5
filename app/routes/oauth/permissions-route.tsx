export { PermissionsPage as Component } from '../../features/oauth/permissions-page';
