// Firefox prefs that make a stock firefox-esr treat the local stack as its accounts server.
// Shared by the e2e harness (firefox-device.ts) and scripts/firefox-by-hand.mjs. No imports, so
// both can use it. Background: ../../../shared/reference/firefox-device.md §2.

export type FxaOrigins = {
  /** The app under test, e.g. http://localhost:3130. Scheme, host and port must match the page exactly. */
  appOrigin: string;
  /** The auth/OAuth/profile emulator. Firefox works without it (firefox-device.md §7). */
  emulatorOrigin: string;
};

export type PrefValue = string | number | boolean;

/**
 * The URL prefs that `fxAccounts.signOut()` clears (FxAccountsConfig CONFIG_PREFS, run by
 * resetConfigURLs on logout, delete and login-as-another-user). As user prefs alone they fall
 * back to accounts.firefox.com mid-message, so the harness mirrors them onto the default branch
 * (firefox-device.md §2, "The user-pref trap").
 */
export function fxaUrlPrefs({ appOrigin, emulatorOrigin }: FxaOrigins): Record<string, string> {
  return {
    // The one that matters: EnsureFxAccountsWebChannel() opens `account_updates` for this origin.
    'identity.fxaccounts.remote.root': `${appOrigin}/`,
    // Firefox talks to these once a user exists. They keep its traffic on localhost (§2, §7).
    'identity.fxaccounts.auth.uri': `${emulatorOrigin}/v1`,
    'identity.fxaccounts.remote.oauth.uri': `${emulatorOrigin}/v1`,
    'identity.fxaccounts.remote.profile.uri': `${emulatorOrigin}/profile/v1`,
    'identity.fxaccounts.remote.pairing.uri': `${emulatorOrigin.replace(/^http/, 'ws')}/pairing`,
    'identity.sync.tokenserver.uri': `${emulatorOrigin}/token/1.0/sync/1.5`,
  };
}

/** Everything a profile needs for the WebChannel to answer the app (user.js values). */
export function fxaPrefs(origins: FxaOrigins): Record<string, PrefValue> {
  return {
    ...fxaUrlPrefs(origins),
    // Defaults, written out because a false value or an autoconfig URL disables or rewrites
    // the channel (firefox-device.md §2).
    'identity.fxaccounts.enabled': true,
    'identity.fxaccounts.autoconfig.uri': '',
  };
}
