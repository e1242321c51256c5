import type { ServiceUrls } from './config.ts';

export const CLIENT_CONFIGURATION_PATH = '/.well-known/fxa-client-configuration';

/** Firefox's autoconfig document (identity.fxaccounts.autoconfig.uri). */
export interface ClientConfiguration {
  auth_server_base_url: string;
  oauth_server_base_url: string;
  profile_server_base_url: string;
  sync_tokenserver_base_url: string;
  /** `_uri`, not `_url`: the key Firefox's FxAccountsConfig reads and upstream sends. */
  pairing_server_base_uri: string;
}

/**
 * Firefox appends `/v1` to the auth, OAuth and profile bases (FxAccountsConfig.updateConfigURLs)
 * and `/1.0/sync/1.5` to the tokenserver base, so the document carries them without a version.
 * Upstream: fxa-content-server server/lib/routes/get-fxa-client-configuration.js.
 */
const withoutVersion = (url: string) => url.replace(/\/+$/, '').replace(/\/v1$/, '');

export function clientConfiguration(services: ServiceUrls): ClientConfiguration {
  return {
    auth_server_base_url: withoutVersion(services.authServerUrl),
    oauth_server_base_url: withoutVersion(services.oauthServerUrl),
    profile_server_base_url: withoutVersion(services.profileServerUrl),
    sync_tokenserver_base_url: services.syncTokenserverUrl,
    pairing_server_base_uri: services.pairingServerUrl,
  };
}

/** Rarely changes; upstream caches it for a day (fxa_client_configuration.max_age). */
export const CLIENT_CONFIGURATION_CACHE_CONTROL = 'public, max-age=86400';

/** The element app/config.ts reads before first render, so the app needs no extra request. */
export const INLINE_CONFIGURATION_ID = 'fxa-client-configuration';

/**
 * JSON that cannot end the <script> element or open a comment, whatever the configured URLs
 * hold (reference C8): `<`, `>` and `&` become \u escapes, which JSON.parse reads back unchanged.
 * U+2028/2029 are escaped for old JavaScript parsers.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Inlines the document into index.html as a data block. CSP's script-src does not apply: a
 * `type="application/json"` script is never executed. Done once, at startup.
 */
export function inlineClientConfiguration(html: string, config: ClientConfiguration): string {
  if (!html.includes('</head>')) throw new Error('index.html has no </head>');
  const block = `<script type="application/json" id="${INLINE_CONFIGURATION_ID}">${scriptSafeJson(config)}</script>`;
  return html.replace('</head>', `${block}\n  </head>`);
}
