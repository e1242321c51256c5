export { ChooseWhatToSyncPage as Component } from '../../features/signin/choose-what-to-sync-page';
