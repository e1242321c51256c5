export { CompleteResetWithoutKeyPage as Component } from '../../features/signin/reset/complete-reset-page';
