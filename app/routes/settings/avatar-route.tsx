export { AvatarPage as Component } from '../../features/settings/pages/avatar-page';
