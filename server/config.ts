import path from 'node:path';
import { URL } from 'node:url'; // not the global: under vitest that is happy-dom's

/** Where the front end's back ends live: feeds the CSP and the client configuration. */
export interface ServiceUrls {
  authServerUrl: string;
  oauthServerUrl: string;
  profileServerUrl: string;
  /** Avatars may be served from their own origin (upstream `profile_images.url`). */
  profileImagesUrl: string;
  pairingServerUrl: string;
  syncTokenserverUrl: string;
}

export interface ServerConfig {
  port: number;
  /** Interface to bind; `localhost` like the Vite preview server it replaces. */
  host: string;
  distDir: string;
  publicUrl: string;
  services: ServiceUrls;
}

type Env = Readonly<Record<string, string | undefined>>;

function parsePort(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${name} must be a port number, got ${JSON.stringify(value)}`);
  }
  return port;
}

/** Fails at startup on a malformed URL rather than shipping a broken CSP. */
function parseUrl(name: string, value: string | undefined, fallback: string): string {
  const raw = value === undefined || value === '' ? fallback : value;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be an absolute URL, got ${JSON.stringify(raw)}`);
  }
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) {
    throw new Error(`${name} must be an http(s) or ws(s) URL, got ${JSON.stringify(raw)}`);
  }
  return raw.replace(/\/+$/, '');
}

/**
 * Reads the environment once at startup. Defaults point at the local emulator (`npm run
 * emulator`, port EMULATOR_PORT), which serves auth and OAuth under /v1 and the profile server
 * under /profile/v1. Upstream defaults: fxa-content-server `server/lib/configuration.js`.
 */
export function readConfig(env: Env, cwd = process.cwd()): ServerConfig {
  const port = parsePort('PORT', env.PORT, 3030);
  const emulatorPort = parsePort('EMULATOR_PORT', env.EMULATOR_PORT, 9000);
  const emulator = `http://localhost:${emulatorPort}`;
  const profileServerUrl = parseUrl(
    'PROFILE_SERVER_URL',
    env.PROFILE_SERVER_URL,
    `${emulator}/profile/v1`,
  );
  return {
    port,
    host: env.HOST || 'localhost',
    distDir: path.resolve(cwd, env.DIST_DIR || 'dist'),
    publicUrl: parseUrl('PUBLIC_URL', env.PUBLIC_URL, `http://localhost:${port}`),
    services: {
      authServerUrl: parseUrl('AUTH_SERVER_URL', env.AUTH_SERVER_URL, `${emulator}/v1`),
      oauthServerUrl: parseUrl('OAUTH_SERVER_URL', env.OAUTH_SERVER_URL, `${emulator}/v1`),
      profileServerUrl,
      profileImagesUrl: parseUrl('PROFILE_IMAGES_URL', env.PROFILE_IMAGES_URL, profileServerUrl),
      // Upstream's variable name and the production channel server (Firefox's own default for
      // identity.fxaccounts.remote.pairing.uri).
      pairingServerUrl: parseUrl(
        'PAIRING_SERVER_BASE_URI',
        env.PAIRING_SERVER_BASE_URI,
        'wss://channelserver.services.mozilla.com',
      ),
      syncTokenserverUrl: parseUrl(
        'SYNC_TOKENSERVER_URL',
        env.SYNC_TOKENSERVER_URL,
        'http://localhost:8000/token',
      ),
    },
  };
}
