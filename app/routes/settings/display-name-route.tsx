export { DisplayNamePage as Component } from '../../features/settings/pages/display-name-page';
