// Where the auth, OAuth and profile servers live, and how token requests authenticate.
//
// Sources, per field, highest first:
//   1. an fxa-client-configuration document (fields as upstream's /.well-known/fxa-client-configuration:
//      auth_server_base_url, oauth_server_base_url, profile_server_base_url — published WITHOUT /v1);
//   2. build-time env: VITE_AUTH_SERVER_URL, VITE_OAUTH_SERVER_URL, VITE_PROFILE_SERVER_URL,
//      VITE_TOKEN_AUTH ('hawk' | 'bearer'), VITE_KEY_STRETCH_VERSION ('1' | '2'), VITE_OAUTH_CLIENT_ID;
//   3. defaults pointing at the local emulator on :9000.
//
// Loading choice: nothing here may delay first render, so the config is synchronous. Step 1 is read
// from the page itself when the server inlines the document as
// `<script type="application/json" id="fxa-client-configuration">…</script>` (zero requests). Where
// the document is only served at the well-known URL, call `refreshConfig()` off the critical path
// (after first render, before the first auth request that matters); it fetches once, merges, and
// keeps the synchronous values if the document is absent or broken. Every URL is normalised to end
// in `/v1`, as fxa-auth-client's constructor does, so either form works in every source.
// https://github.com/mozilla/fxa/blob/main/packages/fxa-content-server/server/lib/routes/get-fxa-client-configuration.js

export type TokenAuthMode = 'hawk' | 'bearer';

export interface AppConfig {
  /** e.g. http://localhost:9000/v1 */
  authServerUrl: string;
  /** OAuth server base. The content server's own OAuth calls go to the auth server's /v1/oauth/*
   * routes; this is for relier-facing URLs (authorization/token endpoints, openid-configuration). */
  oauthServerUrl: string;
  /** e.g. http://localhost:9000/profile/v1 */
  profileServerUrl: string;
  /** Session/keyFetch/passwordChange requests: Hawk-signed (default) or `Bearer fx*_<tokenId>`. */
  tokenAuth: TokenAuthMode;
  /** onepw stretching: 1 (default, like fxa-auth-client) or 2 (negotiated per account). */
  keyStretchVersion: 1 | 2;
  /** Abort a request after this long. fxa-auth-client uses 30 s. */
  requestTimeoutMs: number;
  /** The content server's own OAuth client id, used to get profile-server access tokens. */
  oauthClientId: string;
}

export const DEFAULT_CONFIG: Readonly<AppConfig> = Object.freeze({
  authServerUrl: 'http://localhost:9000/v1',
  oauthServerUrl: 'http://localhost:9000/v1',
  profileServerUrl: 'http://localhost:9000/profile/v1',
  tokenAuth: 'hawk',
  keyStretchVersion: 1,
  requestTimeoutMs: 30_000,
  // Upstream's content-server client id in its dev config (5882386c6d801776 is Firefox desktop);
  // the emulator seeds the same id as a trusted client allowed the fxa-credentials grant.
  oauthClientId: 'ea3ca969f8c6bb0d',
});

export const CLIENT_CONFIGURATION_PATH = '/.well-known/fxa-client-configuration';
const INLINE_CONFIGURATION_ID = 'fxa-client-configuration';

/** `https://x/` → `https://x/v1`; `https://x/v1/` → `https://x/v1`. */
export function withV1(url: string): string {
  const trimmed = url.replace(/\/+$/, '');
  return /\/v1$/.test(trimmed) ? trimmed : `${trimmed}/v1`;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function httpUrl(value: unknown): string | undefined {
  const s = str(value);
  if (!s) return undefined;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? withV1(s) : undefined;
  } catch {
    return undefined;
  }
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Reads the upstream document shape; unknown or invalid fields are ignored. */
export function configFromClientConfiguration(doc: unknown): Partial<AppConfig> {
  if (typeof doc !== 'object' || doc === null) return {};
  const d = doc as Record<string, unknown>;
  return defined({
    authServerUrl: httpUrl(d.auth_server_base_url),
    oauthServerUrl: httpUrl(d.oauth_server_base_url),
    profileServerUrl: httpUrl(d.profile_server_base_url),
  });
}

export function configFromEnv(env: Record<string, unknown>): Partial<AppConfig> {
  const tokenAuth = str(env.VITE_TOKEN_AUTH);
  const stretch = str(env.VITE_KEY_STRETCH_VERSION);
  return defined({
    authServerUrl: httpUrl(env.VITE_AUTH_SERVER_URL),
    oauthServerUrl: httpUrl(env.VITE_OAUTH_SERVER_URL),
    profileServerUrl: httpUrl(env.VITE_PROFILE_SERVER_URL),
    tokenAuth: tokenAuth === 'hawk' || tokenAuth === 'bearer' ? tokenAuth : undefined,
    keyStretchVersion: stretch === '1' ? 1 : stretch === '2' ? 2 : undefined,
    oauthClientId: str(env.VITE_OAUTH_CLIENT_ID),
  } satisfies Partial<AppConfig>);
}

function readInlineDocument(): unknown {
  if (typeof document === 'undefined') return undefined;
  const text = document.getElementById(INLINE_CONFIGURATION_ID)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// Each property is spelled out so Vite substitutes it statically at build time.
const buildEnv: Record<string, unknown> = {
  VITE_AUTH_SERVER_URL: import.meta.env.VITE_AUTH_SERVER_URL,
  VITE_OAUTH_SERVER_URL: import.meta.env.VITE_OAUTH_SERVER_URL,
  VITE_PROFILE_SERVER_URL: import.meta.env.VITE_PROFILE_SERVER_URL,
  VITE_TOKEN_AUTH: import.meta.env.VITE_TOKEN_AUTH,
  VITE_KEY_STRETCH_VERSION: import.meta.env.VITE_KEY_STRETCH_VERSION,
  VITE_OAUTH_CLIENT_ID: import.meta.env.VITE_OAUTH_CLIENT_ID,
};

/** Synchronous resolution: document (inline) > env > defaults. */
export function resolveConfig(
  doc: unknown = readInlineDocument(),
  env: Record<string, unknown> = buildEnv,
): AppConfig {
  return { ...DEFAULT_CONFIG, ...configFromEnv(env), ...configFromClientConfiguration(doc) };
}

let current: AppConfig = resolveConfig();

export function getConfig(): Readonly<AppConfig> {
  return current;
}

/** Overrides fields at run time (tests, dev tools, a later document). */
export function setConfig(overrides: Partial<AppConfig>): void {
  current = { ...current, ...overrides };
}

/** Re-resolves from scratch (tests). */
export function resetConfig(): void {
  current = resolveConfig();
}

/**
 * Optional: fetches the well-known document once and applies it over the env/defaults. Never
 * throws; a missing/invalid document keeps the current config. Not called before first render.
 */
export async function refreshConfig(
  fetchImpl: typeof fetch = fetch,
  url: string = CLIENT_CONFIGURATION_PATH,
): Promise<Readonly<AppConfig>> {
  try {
    const res = await fetchImpl(url, { headers: { Accept: 'application/json' } });
    if (res.ok) setConfig(configFromClientConfiguration(await res.json()));
  } catch {
    // Offline or no such document: the synchronous config stands.
  }
  return current;
}
