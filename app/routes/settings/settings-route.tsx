// One chunk for a visit to /settings: the shell and the main page. The sub-pages are imported
// from here, each its own chunk: loaded only after this one (their parent route's), they reuse
// what it holds instead of splitting shared modules into more files for the first visit.
export { SettingsLayout } from '../../features/settings/settings-layout';
export { SettingsPage } from '../../features/settings/settings-page';

export const subPages = {
  displayName: async () => ({
    Component: (await import('../../features/settings/pages/display-name-page')).DisplayNamePage,
  }),
  avatar: async () => ({
    Component: (await import('../../features/settings/pages/avatar-page')).AvatarPage,
  }),
  addEmail: async () => ({
    Component: (await import('../../features/settings/pages/add-email-page')).AddEmailPage,
  }),
  verifyEmail: async () => ({
    Component: (await import('../../features/settings/pages/verify-email-page')).VerifyEmailPage,
  }),
  changePassword: async () => ({
    Component: (await import('../../features/settings/pages/change-password-page'))
      .ChangePasswordPage,
  }),
  deleteAccount: async () => ({
    Component: (await import('../../features/settings/pages/delete-account-page'))
      .DeleteAccountPage,
  }),
};

export type SubPage = keyof typeof subPages;
