export { CompleteResetWithKeyPage as Component } from '../../features/signin/reset/complete-reset-page';
