// The emulator's side of the FxA protocol, written on Node's own crypto and the maintained `hawk`
// package, independently of the app's WebCrypto client (app/lib/crypto/). If the client has a bug,
// the emulator must refuse it as a real auth server would, not agree with it. The published test
// vectors are the shared truth (server-crypto.test.ts checks these functions against them).
// https://github.com/mozilla/ecosystem-platform/blob/main/docs/explanation/onepw-protocol.md ·
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-server/lib/tokens/token.js ·
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-server/lib/routes/auth-schemes/ ·
// https://github.com/mozilla/hawk/blob/main/lib/server.js

import {
  createHash,
  createHmac,
  hkdfSync,
  randomBytes as nodeRandomBytes,
  pbkdf2Sync,
  timingSafeEqual,
} from 'node:crypto';
import { createRequire } from 'node:module';

/** The onepw HKDF info prefix. */
export const NAMESPACE = 'identity.mozilla.com/picl/v1/';

const bytes = (b: Buffer | ArrayBuffer): Uint8Array => new Uint8Array(b);

export function randomBytes(length: number): Uint8Array {
  return bytes(nodeRandomBytes(length));
}

export function randomHex(length: number): string {
  return nodeRandomBytes(length).toString('hex');
}

export function bytesToHex(b: Uint8Array): string {
  return Buffer.from(b).toString('hex');
}

export function hexToBytes(hex: string): Uint8Array {
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(hex)) throw new TypeError('hexToBytes: not hex');
  return bytes(Buffer.from(hex, 'hex'));
}

export function xorBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length !== b.length) throw new TypeError('xorBytes: lengths differ');
  return a.map((x, i) => x ^ (b[i] as number));
}

export function base64urlEncode(b: Uint8Array): string {
  return Buffer.from(b).toString('base64url');
}

/** Constant time for equal lengths; strings compare as UTF-8. */
export function constantTimeEqual(a: string | Uint8Array, b: string | Uint8Array): boolean {
  const x = typeof a === 'string' ? Buffer.from(a) : Buffer.from(a);
  const y = typeof b === 'string' ? Buffer.from(b) : Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** HKDF-SHA256 (RFC 5869); an empty salt is HashLen zero bytes. */
export async function hkdf(
  ikm: Uint8Array,
  info: string | Uint8Array,
  salt: Uint8Array,
  length: number,
): Promise<Uint8Array> {
  return bytes(hkdfSync('sha256', ikm, salt, info, length));
}

export async function sha256(data: string | Uint8Array): Promise<Uint8Array> {
  return bytes(createHash('sha256').update(data).digest());
}

export function hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array {
  return bytes(createHmac('sha256', key).update(data).digest());
}

// ---- tokens (packages/fxa-auth-server/lib/tokens/token.js: HKDF(token, NAMESPACE + kind, 96))

export type ServerTokenKind =
  | 'sessionToken'
  | 'keyFetchToken'
  | 'passwordChangeToken'
  | 'accountResetToken'
  | 'passwordForgotToken';

export interface ServerTokenCredentials {
  /** tokenId: the Hawk id, the Bearer body, the record key. */
  id: string;
  /** reqHMACkey. */
  key: Uint8Array;
  /** keyRequestKey (meaningful for keyFetchToken). */
  extra: Uint8Array;
}

export async function deriveTokenCredentials(
  tokenHex: string,
  kind: ServerTokenKind,
): Promise<ServerTokenCredentials> {
  const km = await hkdf(hexToBytes(tokenHex), NAMESPACE + kind, new Uint8Array(0), 96);
  return { id: bytesToHex(km.slice(0, 32)), key: km.slice(32, 64), extra: km.slice(64, 96) };
}

/** `Bearer <prefix>_<tokenId>` prefixes (upstream lib/routes/auth-schemes/bearer-fxa-token.js). */
const BEARER_PREFIX: Readonly<Record<ServerTokenKind, string>> = {
  sessionToken: 'fxs',
  keyFetchToken: 'fxk',
  passwordChangeToken: 'fxpc',
  accountResetToken: 'fxar',
  passwordForgotToken: 'fxpf',
};

/** Parses `Bearer <prefix>_<64 hex>`; null for anything else (OAuth tokens, JWTs). */
export function parseBearerHeader(
  authorization: string | null | undefined,
): { kind: ServerTokenKind; id: string } | null {
  const m = /^Bearer ([a-z]+)_([0-9a-f]{64})$/.exec(authorization ?? '');
  if (!m) return null;
  const entry = Object.entries(BEARER_PREFIX).find(([, prefix]) => prefix === m[1]);
  return entry ? { kind: entry[0] as ServerTokenKind, id: m[2] as string } : null;
}

// ---- GET /account/keys bundle (onepw: HKDF(keyRequestKey, "account/keys", 96))

export async function bundleWithKeyRequestKey(
  keys: { kA: string; wrapKB: string },
  keyRequestKey: Uint8Array,
): Promise<string> {
  const km = await hkdf(keyRequestKey, `${NAMESPACE}account/keys`, new Uint8Array(0), 96);
  const plain = Buffer.concat([hexToBytes(keys.kA), hexToBytes(keys.wrapKB)]);
  const ciphertext = xorBytes(plain, km.slice(32, 96));
  return bytesToHex(Buffer.concat([ciphertext, hmacSha256(km.slice(0, 32), ciphertext)]));
}

// ---- client-side stretching, for accounts the emulator creates itself (seed, control API)

/** onepw v1: PBKDF2-SHA256(password, "quickStretch:" + email, 1000) → HKDF authPW / unwrapBkey. */
export async function deriveCredentialsV1(
  email: string,
  password: string,
): Promise<{ authPW: string; unwrapBKey: string }> {
  const stretched = pbkdf2Sync(password, `${NAMESPACE}quickStretch:${email}`, 1000, 32, 'sha256');
  const empty = new Uint8Array(0);
  const [authPW, unwrapBKey] = await Promise.all([
    hkdf(stretched, `${NAMESPACE}authPW`, empty, 32),
    hkdf(stretched, `${NAMESPACE}unwrapBkey`, empty, 32),
  ]);
  return { authPW: bytesToHex(authPW), unwrapBKey: bytesToHex(unwrapBKey) };
}

/** The v2 client salt upstream accepts (lib/routes/validators.ts). */
export function isClientSaltV2(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^identity\.mozilla\.com\/picl\/v1\/quickStretchV2:[0-9a-f]{32}$/.test(value)
  );
}

// ---- PKCE (RFC 7636 §4.2, S256 only, as upstream lib/routes/oauth/token.js)

export const PKCE_VERIFIER_RE = /^[A-Za-z0-9\-._~]{43,128}$/;

export async function pkceChallengeS256(verifier: string): Promise<string> {
  return base64urlEncode(await sha256(verifier));
}

// ---- Hawk (the maintained `hawk` package, as pre-2024 auth servers used it through hapi-hawk)

interface HawkCredentials {
  id: string;
  key: Uint8Array;
  algorithm: 'sha256';
}

interface HawkServer {
  authenticate(
    req: { method: string; url: string; headers: Record<string, string | undefined> },
    credentialsFunc: (id: string) => Promise<HawkCredentials | null>,
    options: {
      host: string;
      port: number | string;
      payload?: string;
      timestampSkewSec?: number;
      localtimeOffsetMsec?: number;
    },
  ): Promise<{ credentials: HawkCredentials; artifacts: { id: string } }>;
}

const hawk = createRequire(import.meta.url)('hawk') as {
  server: HawkServer;
  utils: { parseAuthorizationHeader(header: string): Record<string, string> };
};

/** The `id` of a Hawk header, without verifying it (to tell whose request it is); else null. */
export function hawkHeaderId(authorization: string): string | null {
  try {
    return hawk.utils.parseAuthorizationHeader(authorization).id ?? null;
  } catch {
    return null;
  }
}

export type HawkFailureReason =
  | 'missing'
  | 'malformed'
  | 'unknown-id'
  | 'bad-mac'
  | 'missing-hash'
  | 'bad-payload'
  | 'stale';

export type HawkVerifyResult = { ok: true; id: string } | { ok: false; reason: HawkFailureReason };

export interface VerifyHawkOptions {
  method: string;
  /** Path + query as received. */
  url: string;
  host: string;
  port: number | string;
  authorization: string;
  /** The raw body; when given (even ''), a matching payload hash is required. */
  payload?: string;
  contentType?: string;
  lookupKey: (id: string) => Uint8Array | null | undefined;
  /** The emulator's clock, which tests can move. */
  nowMs: number;
  skewSec?: number;
}

function failureReason(error: unknown): HawkFailureReason {
  const message = error instanceof Error ? error.message : '';
  // hawk answers a header of another scheme (or none) with a bare 401 and no message.
  const status = (error as { output?: { statusCode?: number } }).output?.statusCode;
  if (!message || (status === 401 && message === 'Unauthorized')) return 'missing';
  if (message === 'Unknown credentials') return 'unknown-id';
  if (message === 'Bad mac') return 'bad-mac';
  if (message === 'Missing required payload hash') return 'missing-hash';
  if (message === 'Bad payload hash') return 'bad-payload';
  if (message === 'Stale timestamp') return 'stale';
  return 'malformed';
}

export async function verifyHawkHeader(o: VerifyHawkOptions): Promise<HawkVerifyResult> {
  try {
    const { artifacts } = await hawk.server.authenticate(
      {
        method: o.method,
        url: o.url,
        headers: { authorization: o.authorization, 'content-type': o.contentType },
      },
      async (id) => {
        const key = o.lookupKey(id);
        return key
          ? { id, key: Buffer.from(key) as unknown as Uint8Array, algorithm: 'sha256' }
          : null;
      },
      {
        host: o.host,
        port: o.port,
        ...(o.payload !== undefined ? { payload: o.payload } : {}),
        timestampSkewSec: o.skewSec ?? 60,
        localtimeOffsetMsec: o.nowMs - Date.now(),
      },
    );
    return { ok: true, id: artifacts.id };
  } catch (error) {
    return { ok: false, reason: failureReason(error) };
  }
}
