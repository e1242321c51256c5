// What exists at start (and after a reset): the OAuth clients of upstream's local test setup
// (fxa-upstream.md §2.2/§7.1: 123done trusted, 321done untrusted), a public PKCE client for the
// Pocket-like demo relier, Firefox desktop's client, the content server's own client, and a
// verified demo account whose uid and session token match the dev-mode simulated Firefox.
// The reliers' redirect URIs follow the demo relier's origin (`relierOrigin`, relier/main.ts),
// so an e2e stack on other ports registers its own; 321done keeps upstream's own target too.

import { createAccountWithPassword } from './accounts.ts';
import type { Deps } from './context.ts';
import { hashSecret } from './oauth-core.ts';
import { DEFAULT_CONTENT_ORIGIN, DEFAULT_RELIER_ORIGIN } from './options.ts';
import { SCOPE_NOTES, SCOPE_OLDSYNC, SCOPE_SESSION_TOKEN } from './scopes.ts';
import { randomHex } from './server-crypto.ts';
import type { OAuthClient } from './state.ts';
import { createSession } from './tokens.ts';

export interface ClientSpec {
  id?: string;
  name: string;
  redirectUris: string[];
  trusted?: boolean;
  publicClient?: boolean;
  canGrant?: boolean;
  allowedScopes?: string[];
  imageUri?: string;
  /** Confidential clients only: 64 hex; generated when omitted. */
  secret?: string;
}

export const CLIENT_IDS = {
  trustedRelier: 'dcdb5ae7add825d2',
  untrustedRelier: '325b4083e32fe8e7',
  pocketDemo: '7c0a2f3e4d5b6a19',
  firefoxDesktop: '5882386c6d801776',
  contentServer: 'ea3ca969f8c6bb0d',
  // The pairing supplicants: upstream content-server config `pairing.clients`
  // (packages/fxa-content-server/server/lib/configuration.js) and the auth server's dev clients.
  referenceBrowser: '3c49430b43dfba77',
  fenix: 'a2270f727f45f648',
  firefoxIos: '1b1a3e44c54fbb58',
} as const;

/** Where each demo-relier client comes back to (relier/clients.ts serves these paths). */
export const RELIER_CALLBACK_PATHS = {
  trustedRelier: '/api/oauth',
  untrustedRelier: '/321done/api/oauth',
  pocketDemo: '/callback',
} as const;

export function seededClients(
  relierOrigin: string = DEFAULT_RELIER_ORIGIN,
  contentOrigin: string = DEFAULT_CONTENT_ORIGIN,
): ClientSpec[] {
  const relier = (path: string) => `${relierOrigin}${path}`;
  return [
    {
      id: CLIENT_IDS.trustedRelier,
      name: '123Done',
      redirectUris: [relier(RELIER_CALLBACK_PATHS.trustedRelier)],
      trusted: true,
      allowedScopes: [SCOPE_NOTES],
      secret: 'dd017bd870b25de460d04dbb3b63666f5af82c36fc7023305a53f201617ea234',
    },
    {
      id: CLIENT_IDS.untrustedRelier,
      name: '321Done Untrusted',
      redirectUris: [
        'http://localhost:10139/api/oauth',
        relier(RELIER_CALLBACK_PATHS.untrustedRelier),
      ],
      trusted: false,
      secret: '28fad50251fcc614671340eacd337a94def498bcd81c1c975ac3d6129e332e0a',
    },
    {
      id: CLIENT_IDS.pocketDemo,
      name: 'Pocket (demo)',
      redirectUris: [relier(RELIER_CALLBACK_PATHS.pocketDemo)],
      trusted: true,
      publicClient: true,
    },
    {
      id: CLIENT_IDS.firefoxDesktop,
      name: 'Firefox',
      redirectUris: [
        'urn:ietf:wg:oauth:2.0:oob:oauth-redirect-webchannel',
        'urn:ietf:wg:oauth:2.0:oob:pair-auth-webchannel',
      ],
      trusted: true,
      publicClient: true,
      canGrant: true,
      allowedScopes: [SCOPE_OLDSYNC, SCOPE_SESSION_TOKEN],
    },
    {
      id: CLIENT_IDS.contentServer,
      name: 'Mozilla accounts',
      redirectUris: [],
      trusted: true,
      publicClient: true,
      canGrant: true,
    },
    ...pairingClients(contentOrigin),
  ];
}

/**
 * Mobile browsers that sign in by pairing (QR code): public PKCE clients with Sync's scoped key.
 * Firefox's pair_authorize sends no redirect_uri, so the code comes back with the first one.
 * The reference browser lands on the content server's `/oauth/success/<id>` (upstream's own
 * pairing test uses it, packages/fxa-content-server/tests/functional/pairing.js); Fenix and
 * Firefox for iOS take the code over their WebChannel.
 */
function pairingClients(contentOrigin: string): ClientSpec[] {
  const mobile = (id: string, name: string, redirectUri: string): ClientSpec => ({
    id,
    name,
    redirectUris: [redirectUri],
    trusted: true,
    publicClient: true,
    allowedScopes: [SCOPE_OLDSYNC],
  });
  const webChannel = 'urn:ietf:wg:oauth:2.0:oob:oauth-redirect-webchannel';
  return [
    mobile(
      CLIENT_IDS.referenceBrowser,
      'Android Components Reference Browser',
      `${contentOrigin}/oauth/success/${CLIENT_IDS.referenceBrowser}`,
    ),
    mobile(CLIENT_IDS.fenix, 'Firefox for Android', webChannel),
    mobile(CLIENT_IDS.firefoxIos, 'Firefox for iOS', webChannel),
  ];
}

/** The clients as seeded with the default relier origin (upstream's local 123done, :8080). */
export const SEEDED_CLIENTS: readonly ClientSpec[] = seededClients();

export async function registerClient(
  deps: Deps,
  spec: ClientSpec,
): Promise<{ client: OAuthClient; secret: string | null }> {
  const publicClient = spec.publicClient ?? false;
  const secret = publicClient ? null : (spec.secret ?? randomHex(32));
  const client: OAuthClient = {
    id: spec.id ?? randomHex(8),
    name: spec.name,
    hashedSecret: secret ? await hashSecret(secret) : null,
    redirectUris: spec.redirectUris,
    imageUri: spec.imageUri ?? '',
    trusted: spec.trusted ?? false,
    publicClient,
    canGrant: spec.canGrant ?? false,
    allowedScopes: spec.allowedScopes ?? [],
  };
  deps.state.clients.set(client.id, client);
  return { client, secret };
}

export async function seed(deps: Deps): Promise<void> {
  for (const spec of seededClients(deps.options.relierOrigin, deps.options.contentOrigin)) {
    await registerClient(deps, spec);
  }
  const demo = deps.options.demoAccount;
  if (!demo) return;
  const account = await createAccountWithPassword(deps, {
    email: demo.email,
    password: demo.password,
    uid: demo.uid,
    displayName: demo.displayName,
    verified: true,
  });
  if (demo.sessionToken) {
    await createSession(deps, account, {
      verified: true,
      tokenHex: demo.sessionToken,
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0',
    });
  }
}
