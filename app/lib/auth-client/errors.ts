// Typed failures of auth-server / profile-server calls. The server's error envelope is
// `{code, errno, error, message, info, ...extra}` (app-error.ts); anything that is not that envelope
// becomes errno 999. A request that never got an HTTP answer (offline, DNS, CORS, timeout) is a
// NetworkError instead, so callers can tell "offline" apart: a network fault must never sign anyone out.
// https://github.com/mozilla/fxa/blob/main/libs/accounts/errors/src/app-error.ts ·
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-client/lib/client.ts

/** Auth-server errnos the client itself branches on: `ERRNO.INVALID_TOKEN` (errno.ts). */
import * as ERRNO from './errno.ts';

export { ERRNO };

export type ErrnoName = keyof typeof ERRNO;

export interface ErrorBody {
  code?: number;
  errno: number;
  error?: string;
  message?: string;
  info?: string;
  email?: string;
  retryAfter?: number;
  retryAfterLocalized?: string;
  serverTime?: number;
  [extra: string]: unknown;
}

export class AuthServerError extends Error {
  override readonly name = 'AuthServerError';
  readonly errno: number;
  /** HTTP status. */
  readonly code: number;
  /** HTTP reason, e.g. "Bad Request". */
  readonly error: string;
  /** Seconds to wait (body `retryAfter`, else the Retry-After header), for 114/201/204/429/503. */
  readonly retryAfter: number | undefined;
  /** The canonical account email, sent with errno 101/102/103/120/126. */
  readonly email: string | undefined;
  /** Server clock in seconds, sent with errno 111. */
  readonly serverTime: number | undefined;
  /** The whole decoded body (verificationMethod, validation, clientId, …). */
  readonly body: Readonly<Record<string, unknown>>;

  constructor(init: {
    errno: number;
    code: number;
    error?: string | undefined;
    message?: string | undefined;
    retryAfter?: number | undefined;
    email?: string | undefined;
    serverTime?: number | undefined;
    body?: Record<string, unknown> | undefined;
  }) {
    super(init.message ?? 'Unexpected error');
    this.errno = init.errno;
    this.code = init.code;
    this.error = init.error ?? '';
    this.retryAfter = init.retryAfter;
    this.email = init.email;
    this.serverTime = init.serverTime;
    this.body = init.body ?? {};
  }
}

export type NetworkFailure = 'offline' | 'timeout';

/** No HTTP response at all. errno 998 so UI code can switch on errno uniformly. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  readonly errno = ERRNO.NETWORK;
  readonly reason: NetworkFailure;

  constructor(reason: NetworkFailure, options?: { cause?: unknown }) {
    super(reason === 'timeout' ? 'Request timed out' : 'Network request failed', options);
    this.reason = reason;
  }
}

export function isAuthServerError(e: unknown, errno?: number): e is AuthServerError {
  return e instanceof AuthServerError && (errno === undefined || e.errno === errno);
}

export function isNetworkError(e: unknown): e is NetworkError {
  return e instanceof NetworkError;
}

/** True only when the server said the token is gone (errno 110), the one case to sign out. */
export function isInvalidTokenError(e: unknown): boolean {
  return isAuthServerError(e, ERRNO.INVALID_TOKEN);
}
