// Two-step authentication's settings pages: one chunk, loaded when one of them is opened, with its
// strings (features/settings/two-step/<locale>.lazy.ftl).
export { ReplaceCodesPage } from '../../features/settings/two-step/replace-codes-page';
export { TwoStepSetupPage } from '../../features/settings/two-step/setup-page';
export { stringsReady } from '../../features/settings/two-step/two-step-strings';
