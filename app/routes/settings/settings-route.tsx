// One chunk for a visit to /settings: the shell and the main page.
export { SettingsLayout } from '../../features/settings/settings-layout';
export { SettingsPage } from '../../features/settings/settings-page';
