// Hawk 1.x "header" authentication with sha256: the signing side FxA clients used for token-
// authenticated requests (credentials.key = the token's derived reqHMACkey bytes, payload hash of the
// exact JSON body), and a strict verifying side for the emulator (MAC, payload hash, ±skew timestamp),
// WebCrypto-only so it also runs inside an MSW service worker. Behaviour mirrors the `hawk` package
// (client.header / server.authenticate), which the tests cross-check.
// https://github.com/mozilla/hawk/blob/main/README.md ·
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-client/lib/hawk.ts

import { base64Encode, constantTimeEqual } from './bytes.ts';
import { hmacSha256, sha256 } from './hkdf.ts';

export interface HawkCredentials {
  id: string;
  key: Uint8Array;
}

export interface HawkArtifacts {
  ts: number | string;
  nonce: string;
  method: string;
  /** path + query, exactly as sent. */
  resource: string;
  host: string;
  port: number | string;
  hash?: string | undefined;
  ext?: string | undefined;
}

const MAX_HEADER_LENGTH = 4096;
const ATTRIBUTE_KEYS = new Set(['id', 'ts', 'nonce', 'hash', 'ext', 'mac', 'app', 'dlg']);
// Allowed value characters, as in hawk's utils.attributeRegex.
const ATTRIBUTE_VALUE_RE = /^[ \w!#$%&'()*+,\-./:;<=>?@[\]^`{|}~]+$/;
const NONCE_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** `Content-Type` without parameters, lower-cased (hawk's utils.parseContentType). */
function normalizeContentType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

export function hawkNormalizedString(a: HawkArtifacts): string {
  const ext = a.ext ? a.ext.replace(/\\/g, '\\\\').replace(/\n/g, '\\n') : '';
  return `hawk.1.header\n${a.ts}\n${a.nonce}\n${a.method.toUpperCase()}\n${a.resource}\n${a.host.toLowerCase()}\n${a.port}\n${a.hash ?? ''}\n${ext}\n`;
}

export async function hawkPayloadHash(payload: string, contentType?: string): Promise<string> {
  return base64Encode(
    await sha256(`hawk.1.payload\n${normalizeContentType(contentType)}\n${payload}\n`),
  );
}

export async function hawkMac(key: Uint8Array, artifacts: HawkArtifacts): Promise<string> {
  return base64Encode(await hmacSha256(key, hawkNormalizedString(artifacts)));
}

function randomNonce(length = 6): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => NONCE_ALPHABET[b % NONCE_ALPHABET.length]).join('');
}

function escapeAttribute(value: string): string {
  if (!ATTRIBUTE_VALUE_RE.test(value) && value !== '') {
    throw new TypeError('Hawk: bad character in header attribute');
  }
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

export interface HawkHeaderOptions {
  method: string;
  /** Absolute request URL; its path+query, host and port (explicit or 80/443) are signed. */
  url: string;
  credentials: HawkCredentials;
  /** The exact body string. When given (even ''), a payload hash is included. */
  payload?: string;
  contentType?: string;
  /** Defaults to now; callers add the server clock offset after errno 111. */
  timestampSec?: number;
  nonce?: string;
  ext?: string;
}

export async function hawkHeader(o: HawkHeaderOptions): Promise<string> {
  const u = new URL(o.url);
  const artifacts: HawkArtifacts = {
    ts: o.timestampSec ?? Math.floor(Date.now() / 1000),
    nonce: o.nonce ?? randomNonce(),
    method: o.method,
    resource: u.pathname + u.search,
    host: u.hostname,
    port: u.port || (u.protocol === 'http:' ? 80 : 443),
    hash: o.payload === undefined ? undefined : await hawkPayloadHash(o.payload, o.contentType),
    ext: o.ext,
  };
  const mac = await hawkMac(o.credentials.key, artifacts);
  return (
    `Hawk id="${escapeAttribute(o.credentials.id)}", ts="${artifacts.ts}", nonce="${escapeAttribute(artifacts.nonce)}"` +
    (artifacts.hash ? `, hash="${artifacts.hash}"` : '') +
    (artifacts.ext ? `, ext="${escapeAttribute(artifacts.ext)}"` : '') +
    `, mac="${mac}"`
  );
}

export type HawkAttributes = Partial<
  Record<'id' | 'ts' | 'nonce' | 'hash' | 'ext' | 'mac', string>
>;

/**
 * Parses `Hawk id="…", ts="…", …`. Returns 'missing' for an absent header or another scheme and
 * 'malformed' for bad syntax, unknown or duplicate attributes (hawk's parseAuthorizationHeader).
 */
export function parseHawkHeader(
  authorization: string | null | undefined,
): HawkAttributes | 'missing' | 'malformed' {
  if (!authorization) return 'missing';
  if (authorization.length > MAX_HEADER_LENGTH) return 'malformed';
  const m = /^(\w+)(?:\s+(.*))?$/s.exec(authorization);
  if (!m) return 'malformed';
  if (m[1]!.toLowerCase() !== 'hawk') return 'missing';
  const rest = m[2];
  if (!rest) return 'malformed';
  const attrs: Record<string, string> = {};
  const re = /(\w+)="([^"\\]*)"\s*(?:,\s*|$)/y;
  let pos = 0;
  while (pos < rest.length) {
    re.lastIndex = pos;
    const a = re.exec(rest);
    if (!a) return 'malformed';
    const [, name, value] = a as unknown as [string, string, string];
    if (!ATTRIBUTE_KEYS.has(name) || !ATTRIBUTE_VALUE_RE.test(value) || name in attrs) {
      return 'malformed';
    }
    attrs[name] = value;
    pos = re.lastIndex;
  }
  return attrs;
}

export type HawkFailureReason =
  | 'missing'
  | 'malformed'
  | 'unknown-id'
  | 'bad-mac'
  | 'bad-payload'
  | 'stale';

export type HawkVerifyResult =
  | { ok: true; id: string; ts: number; nonce: string }
  | { ok: false; reason: HawkFailureReason; serverTimeSec: number };

export interface VerifyHawkOptions {
  method: string;
  /** Path + query as received (an absolute URL is reduced to that). */
  url: string;
  host: string;
  port: number | string;
  authorization: string | null | undefined;
  /** The raw body. When given (even ''), a matching payload hash is required. */
  payload?: string;
  contentType?: string;
  lookupKey: (id: string) => Promise<Uint8Array | null>;
  nowSec?: number;
  /** Allowed clock difference; default 60 s like hawk's timestampSkewSec. */
  skewSec?: number;
}

/** Same checks and order as hawk's server.authenticate: attributes, id, MAC, payload, timestamp. */
export async function verifyHawkHeader(o: VerifyHawkOptions): Promise<HawkVerifyResult> {
  const serverTimeSec = o.nowSec ?? Math.floor(Date.now() / 1000);
  const fail = (reason: HawkFailureReason): HawkVerifyResult => ({
    ok: false,
    reason,
    serverTimeSec,
  });
  const attrs = parseHawkHeader(o.authorization);
  if (typeof attrs === 'string') return fail(attrs);
  const { id, ts, nonce, mac, hash, ext } = attrs;
  if (!id || !ts || !nonce || !mac || !/^\d+$/.test(ts)) return fail('malformed');

  const key = await o.lookupKey(id);
  if (!key) return fail('unknown-id');

  const resource = o.url.startsWith('/') ? o.url : pathAndQuery(o.url);
  const expectedMac = await hawkMac(key, {
    ts,
    nonce,
    method: o.method,
    resource,
    host: o.host,
    port: o.port,
    hash,
    ext,
  });
  if (!constantTimeEqual(expectedMac, mac)) return fail('bad-mac');

  if (o.payload !== undefined) {
    if (!hash) return fail('bad-payload');
    if (!constantTimeEqual(await hawkPayloadHash(o.payload, o.contentType), hash)) {
      return fail('bad-payload');
    }
  }

  if (Math.abs(Number(ts) - serverTimeSec) > (o.skewSec ?? 60)) return fail('stale');
  return { ok: true, id, ts: Number(ts), nonce };
}

function pathAndQuery(url: string): string {
  const u = new URL(url, 'http://invalid');
  return u.pathname + u.search;
}
