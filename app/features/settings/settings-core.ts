// The settings feature's shared core, one chunk: the data layer (queries, the prefetch the route
// loader calls) and what the page and its lazily loaded parts all use — the alert bar's store,
// error text, and the way a session ends here. The loader imports this module, so its chunk
// starts downloading (and the requests start) before the page's own chunk has arrived; the page
// and the sub-pages then share it instead of each splitting off small common chunks.

export { prefetchSettingsData } from './data/queries';
export { endLocally, expireSession } from './end-session';
export { ErrorText } from './error-text';
export { SettingsAlertBar, showSettingsAlert } from './settings-alert';
export { setSettingsExit, signInAgainPath, takeSettingsExit } from './settings-exit';
