// What the phone's browser puts in `/pair/supp?…#channel_id=…&channel_key=…`: the OAuth request
// it wants Firefox to authorize (query, as mozilla/application-services fxa-client
// `begin_pairing_flow` builds it) and the channel from the scanned QR code (hash). Upstream's
// SupplicantRelier validates the same fields (packages/fxa-content-server/app/scripts/models/
// reliers/pairing/supplicant.js); `client_id` must be one of `pairing.clients`.

export const WEBCHANNEL_CONTEXT = 'oauth_webchannel_v1';

/** packages/fxa-content-server/server/lib/configuration.js `pairing.clients` (its default):
 * the reference browser, Fenix, Firefox for iOS. */
export const PAIRING_CLIENTS: readonly string[] = [
  '3c49430b43dfba77',
  'a2270f727f45f648',
  '1b1a3e44c54fbb58',
];

/** Exactly what `pair:supp:request` carries (Firefox keeps all but access_type). */
export type SupplicantRequest = {
  client_id: string;
  state: string;
  scope: string;
  code_challenge: string;
  code_challenge_method: 'S256';
  keys_jwk: string;
  access_type: 'offline' | 'online';
};

export type SupplicantParams = {
  request: SupplicantRequest;
  /** Where the code goes: a redirect, or the mobile app's WebChannel. */
  finish: { kind: 'redirect'; redirectUri: string } | { kind: 'webchannel' };
};

export type ChannelParams = { channelId: string; channelKey: Uint8Array };

export type ParamProblem = 'invalid-client' | 'invalid-request' | 'invalid-channel';

export type Parsed<T> =
  | { ok: true; value: T }
  | { ok: false; problem: ParamProblem; param?: string };

const B64URL = /^[A-Za-z0-9_-]+$/;

/** base64url (no padding) to bytes. Local on purpose: importing app/lib/crypto/bytes.ts here made
 * the bundler split it out of the chunk /settings loads first, which then grew (bundle budget). */
function base64urlDecode(s: string): Uint8Array {
  const binary = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** An EC P-256 public JWK, base64url JSON (what the JWE is encrypted to; no private `d`). The
 * same rule as app/lib/crypto/jwe.ts isEcPublicJwk, kept here so this page's chunk does not pull
 * the JWE code (and its shared hashing chunk) in. */
function keysJwkValid(value: string): boolean {
  if (!B64URL.test(value) || value.length > 1024) return false;
  try {
    const jwk = JSON.parse(new TextDecoder().decode(base64urlDecode(value))) as Record<
      string,
      unknown
    >;
    const coordinate = (v: unknown) => typeof v === 'string' && /^[A-Za-z0-9_-]{43}$/.test(v);
    return (
      jwk.kty === 'EC' &&
      jwk.crv === 'P-256' &&
      coordinate(jwk.x) &&
      coordinate(jwk.y) &&
      jwk.d === undefined
    );
  } catch {
    return false;
  }
}

function redirectUriValid(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:' || u.protocol === 'urn:';
  } catch {
    return false;
  }
}

export function parseSupplicantQuery(
  query: URLSearchParams,
  allowedClients: readonly string[] = PAIRING_CLIENTS,
): Parsed<SupplicantParams> {
  const get = (name: string) => query.get(name) ?? '';
  const bad = (param: string): Parsed<SupplicantParams> => ({
    ok: false,
    problem: 'invalid-request',
    param,
  });
  const clientId = get('client_id');
  if (!/^[0-9a-f]{16}$/.test(clientId) || !allowedClients.includes(clientId)) {
    return { ok: false, problem: 'invalid-client', param: 'client_id' };
  }
  const state = get('state');
  if (state === '' || state.length > 512) return bad('state');
  const scope = get('scope').trim();
  if (scope === '' || scope.length > 1024) return bad('scope');
  if (get('code_challenge_method') !== 'S256') return bad('code_challenge_method');
  if (!/^[A-Za-z0-9_-]{43}$/.test(get('code_challenge'))) return bad('code_challenge');
  if (!keysJwkValid(get('keys_jwk'))) return bad('keys_jwk');
  const accessType = query.get('access_type') ?? 'offline';
  if (accessType !== 'offline' && accessType !== 'online') return bad('access_type');
  const redirectUri = get('redirect_uri');
  let finish: SupplicantParams['finish'];
  if (redirectUri !== '') {
    if (!redirectUriValid(redirectUri)) return bad('redirect_uri');
    finish = { kind: 'redirect', redirectUri };
  } else if (get('context') === WEBCHANNEL_CONTEXT) {
    finish = { kind: 'webchannel' };
  } else {
    return bad('redirect_uri');
  }
  return {
    ok: true,
    value: {
      request: {
        client_id: clientId,
        state,
        scope,
        code_challenge: get('code_challenge'),
        code_challenge_method: 'S256',
        keys_jwk: get('keys_jwk'),
        access_type: accessType,
      },
      finish,
    },
  };
}

/** The QR code's hash: a 16-byte channel id and the 32-byte key, base64url (pairing.md §1). */
export function parseChannelHash(hash: string): Parsed<ChannelParams> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const channelId = params.get('channel_id') ?? '';
  const key = params.get('channel_key') ?? '';
  if (!/^[A-Za-z0-9_-]{22}$/.test(channelId) || !/^[A-Za-z0-9_-]{43}$/.test(key)) {
    return { ok: false, problem: 'invalid-channel' };
  }
  return { ok: true, value: { channelId, channelKey: base64urlDecode(key) } };
}

/** The code Firefox minted, checked before it leaves the page (upstream: 64 hex, same state). */
export type PairingCode = { code: string; state: string; redirect?: string };

export function checkCode(data: unknown, request: SupplicantRequest): PairingCode | null {
  if (typeof data !== 'object' || data === null) return null;
  const { code, state, redirect } = data as Record<string, unknown>;
  if (typeof code !== 'string' || !/^[0-9a-f]{64}$/.test(code)) return null;
  if (state !== request.state) return null;
  return { code, state, ...(typeof redirect === 'string' ? { redirect } : {}) };
}

/** Where a redirect-finished flow goes: the relier's own redirect_uri with code and state. */
export function redirectTarget(redirectUri: string, code: PairingCode): string {
  const url = new URL(redirectUri);
  url.searchParams.set('code', code.code);
  url.searchParams.set('state', code.state);
  return url.href;
}
