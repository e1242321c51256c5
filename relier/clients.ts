// The three OAuth clients the demo relier plays, one per path prefix on the same origin, each
// registered with the emulator (mocks/emulator/seed.ts) with redirect URIs on the relier's origin:
// - Pocket (demo): the public client. Authorization code + PKCE S256, no secret. The main demo.
// - 123done: upstream's trusted confidential test relier (client secret, no PKCE).
// - 321done: upstream's untrusted relier (client secret, no PKCE; sees the permissions page).
// Scopes follow upstream's local reliers (fxa-upstream.md §2.2).

import { CLIENT_IDS, RELIER_CALLBACK_PATHS, SEEDED_CLIENTS } from '../mocks/emulator/seed.ts';

export type RelierClientKey = 'pocket' | '123done' | '321done';

export type RelierClient = {
  key: RelierClientKey;
  title: string;
  tagline: string;
  clientId: string;
  /** Confidential clients authenticate with a secret (client_secret_post); public ones use PKCE. */
  secret: string | null;
  /** Path prefix of the client's pages, ending in `/`. */
  base: string;
  /** Path of the registered redirect URI. */
  callbackPath: string;
  scope: string;
};

const secretOf = (id: string): string => {
  const secret = SEEDED_CLIENTS.find((c) => c.id === id)?.secret;
  if (!secret) throw new Error(`the emulator seeds no secret for ${id}`);
  return secret;
};

export const RELIER_CLIENTS: readonly RelierClient[] = [
  {
    key: 'pocket',
    title: 'Pocket (demo)',
    tagline: 'Save stories now, read them later.',
    clientId: CLIENT_IDS.pocketDemo,
    secret: null,
    base: '/',
    callbackPath: RELIER_CALLBACK_PATHS.pocketDemo,
    scope: 'profile openid',
  },
  {
    key: '123done',
    title: '123done',
    tagline: 'Your tasks, done. A trusted confidential relier.',
    clientId: CLIENT_IDS.trustedRelier,
    secret: secretOf(CLIENT_IDS.trustedRelier),
    base: '/123done/',
    callbackPath: RELIER_CALLBACK_PATHS.trustedRelier,
    scope: 'profile openid',
  },
  {
    key: '321done',
    title: '321done',
    tagline: 'An untrusted relier: it only gets what you allow.',
    clientId: CLIENT_IDS.untrustedRelier,
    secret: secretOf(CLIENT_IDS.untrustedRelier),
    base: '/321done/',
    callbackPath: RELIER_CALLBACK_PATHS.untrustedRelier,
    scope: 'profile:display_name profile:email profile:uid openid',
  },
];
