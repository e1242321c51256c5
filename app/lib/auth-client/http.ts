// The one place that talks HTTP to the auth and profile servers: JSON bodies (null/undefined
// dropped, as fxa-auth-client's cleanStringify), token authentication (Hawk by default — full MAC
// with the payload hash of the exact body; or `Bearer fx*_<tokenId>`), OAuth bearer tokens for the
// profile server, a 30 s abort, typed errors, and one retry after errno 111 with the server's clock.
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-client/lib/client.ts ·
// https://github.com/mozilla/fxa/blob/main/docs/adr/0022-deprecate-hawk.md

import { type AppConfig, getConfig } from '../../config.ts';
import type { Bytes } from '../crypto/bytes.ts';
import { hawkHeader } from '../crypto/hawk.ts';
import {
  BEARER_PREFIX,
  deriveTokenCredentials,
  type TokenKind,
} from '../crypto/token-credentials.ts';
import { AuthServerError, ERRNO, NetworkError } from './errors.ts';

/** Per-call overrides of the app config, plus transport hooks. */
export interface CallOptions extends Partial<AppConfig> {
  fetch?: typeof fetch;
  /** Caller cancellation (e.g. unmount). An abort from here rejects with the AbortError itself. */
  signal?: AbortSignal;
  /** Sent as Accept-Language (emails the server sends are localised with it). */
  lang?: string;
}

export type RequestAuth =
  /** An auth-server token: Hawk or `Bearer <prefix>_<tokenId>` per `tokenAuth`. */
  | { token: string; kind: TokenKind }
  /** An OAuth access token (profile server). */
  | { accessToken: string }
  /** A step-up JWT from `/mfa/otp/verify`, for the `/mfa/*` routes (upstream's `mfa` strategy). */
  | { mfaJwt: string };

export interface ApiRequest {
  server?: 'auth' | 'profile';
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path under the server base (which ends in /v1), query included: `/account/login?keys=true`. */
  path: string;
  /** JSON body. */
  body?: object;
  /** Non-JSON body (avatar upload). Only with OAuth or no auth: Hawk hashes text payloads. */
  rawBody?: { data: Blob | ArrayBuffer | Bytes; contentType: string };
  auth?: RequestAuth;
}

export type JsonObject = Record<string, unknown>;

// Server clock minus ours, learned from errno 111 (fxa-auth-client's localtimeOffsetMsec).
let clockOffsetMs = 0;

export function getClockOffsetMs(): number {
  return clockOffsetMs;
}

export function resetClockOffset(): void {
  clockOffsetMs = 0;
}

/** JSON.stringify without null/undefined values, like upstream's cleanStringify. */
export function cleanStringify(value: object): string {
  return JSON.stringify(value, (_key, v: unknown) => (v === null ? undefined : v));
}

/** Retry-After is delta-seconds or an HTTP-date (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: string | null, nowMs = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - nowMs) / 1000));
}

function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function errorFromResponse(status: number, headers: Headers, text: string): AuthServerError {
  const parsed = parseJson(text);
  const retryAfterHeader = parseRetryAfter(headers.get('Retry-After'));
  const timestamp = headers.get('Timestamp');
  const timestampHeader = timestamp && /^\d+$/.test(timestamp) ? Number(timestamp) : undefined;
  if (
    typeof parsed === 'object' &&
    parsed !== null &&
    typeof (parsed as JsonObject).errno === 'number'
  ) {
    const body = parsed as JsonObject;
    return new AuthServerError({
      errno: body.errno as number,
      code: status,
      error: typeof body.error === 'string' ? body.error : undefined,
      message: typeof body.message === 'string' ? body.message : undefined,
      retryAfter: numberOrUndefined(body.retryAfter) ?? retryAfterHeader,
      email: typeof body.email === 'string' ? body.email : undefined,
      serverTime: numberOrUndefined(body.serverTime) ?? timestampHeader,
      body,
    });
  }
  // Not the server's envelope: a proxy, captive portal or WAF answered. A bare 429 still means
  // "too many requests" (fxa-auth-client maps the edge's non-JSON 429 to 114); all else is 999.
  const tooMany = status === 429;
  return new AuthServerError({
    errno: tooMany ? ERRNO.TOO_MANY_REQUESTS : ERRNO.UNEXPECTED,
    code: status,
    error: tooMany ? 'Too Many Requests' : 'Unexpected error',
    message: tooMany ? 'Client has sent too many requests' : 'Unexpected error',
    retryAfter: retryAfterHeader,
    body: { text: text.slice(0, 1000) },
  });
}

async function authorizationHeader(
  auth: RequestAuth,
  tokenAuth: AppConfig['tokenAuth'],
  method: string,
  url: string,
  payload: string,
): Promise<string> {
  if ('accessToken' in auth) return `Bearer ${auth.accessToken}`;
  if ('mfaJwt' in auth) return `Bearer ${auth.mfaJwt}`;
  const credentials = await deriveTokenCredentials(auth.token, auth.kind);
  if (tokenAuth === 'bearer') return `Bearer ${BEARER_PREFIX[auth.kind]}_${credentials.id}`;
  return hawkHeader({
    method,
    url,
    credentials,
    payload,
    contentType: 'application/json',
    timestampSec: Math.floor((Date.now() + clockOffsetMs) / 1000),
  });
}

interface RawResponse {
  status: number;
  ok: boolean;
  headers: Headers;
  text: string;
}

/** fetch + body read under one timeout; maps transport failures to NetworkError. */
async function send(
  url: string,
  init: RequestInit,
  timeoutMs: number,
  fetchImpl: typeof fetch,
  callerSignal: AbortSignal | undefined,
): Promise<RawResponse> {
  callerSignal?.throwIfAborted();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  try {
    const res = await fetchImpl(url, { ...init, signal: controller.signal });
    const text = await res.text();
    return { status: res.status, ok: res.ok, headers: res.headers, text };
  } catch (err) {
    if (timedOut) throw new NetworkError('timeout', { cause: err });
    if (callerSignal?.aborted) throw err;
    throw new NetworkError('offline', { cause: err });
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onCallerAbort);
  }
}

/**
 * Performs one API call and returns the decoded JSON (an object or array). Throws AuthServerError
 * for any non-2xx answer or a 2xx that is not JSON, NetworkError when there was no answer.
 */
export async function apiRequest<T = JsonObject>(
  req: ApiRequest,
  opts: CallOptions = {},
): Promise<T> {
  const cfg: AppConfig = { ...getConfig(), ...opts };
  const base = req.server === 'profile' ? cfg.profileServerUrl : cfg.authServerUrl;
  const url = base.replace(/\/+$/, '') + req.path;
  const fetchImpl = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const json = req.body === undefined ? undefined : cleanStringify(req.body);
  const hawk = req.auth !== undefined && 'token' in req.auth && cfg.tokenAuth === 'hawk';

  const attempt = async (): Promise<RawResponse> => {
    const headers = new Headers();
    // Hawk requests always declare JSON, even bodiless GETs, because the payload hash covers the
    // content type (upstream sent it on every request; a verifier hashes what it receives).
    if (json !== undefined || hawk) headers.set('Content-Type', 'application/json');
    if (req.rawBody) headers.set('Content-Type', req.rawBody.contentType);
    if (opts.lang) headers.set('Accept-Language', opts.lang);
    if (req.auth) {
      headers.set(
        'Authorization',
        await authorizationHeader(req.auth, cfg.tokenAuth, req.method, url, json ?? ''),
      );
    }
    const body = req.rawBody ? req.rawBody.data : json;
    return send(
      url,
      { method: req.method, headers, body: body ?? null },
      cfg.requestTimeoutMs,
      fetchImpl,
      opts.signal,
    );
  };

  let res = await attempt();
  if (!res.ok && hawk) {
    const err = errorFromResponse(res.status, res.headers, res.text);
    if (err.errno !== ERRNO.INVALID_TIMESTAMP) throw err;
    // Our clock is off: adopt the server's (body serverTime or Timestamp header) and retry once.
    clockOffsetMs = err.serverTime !== undefined ? err.serverTime * 1000 - Date.now() : 0;
    res = await attempt();
  }
  if (!res.ok) throw errorFromResponse(res.status, res.headers, res.text);
  if (res.text.trim() === '') return {} as T;
  const parsed = parseJson(res.text);
  if (typeof parsed !== 'object' || parsed === null) {
    throw new AuthServerError({
      errno: ERRNO.UNEXPECTED,
      code: res.status,
      error: 'Unexpected error',
      message: 'Unexpected response',
      body: { text: res.text.slice(0, 1000) },
    });
  }
  return parsed as T;
}

/** `?keys=true` when keys are wanted (fxa-auth-client's pathWithKeys). */
export function withKeys(path: string, keys: boolean | undefined): string {
  return keys ? `${path}?keys=true` : path;
}

/** A 2xx answer that lacks what the protocol promises is treated like a non-JSON body (999). */
export function unexpectedResponse(message: string): AuthServerError {
  return new AuthServerError({
    errno: ERRNO.UNEXPECTED,
    code: 200,
    error: 'Unexpected error',
    message,
  });
}

/** Asserts `obj[key]` is a lower-case hex string of `bytes` bytes (tokens, uids). */
export function requireHex(obj: JsonObject, key: string, bytes: number): string {
  const v = obj[key];
  if (typeof v !== 'string' || v.length !== bytes * 2 || !/^[0-9a-f]*$/.test(v)) {
    throw unexpectedResponse(`Missing or malformed ${key}`);
  }
  return v;
}
