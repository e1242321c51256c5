// How long a failure asks the client to wait before trying again (lib/retry-wait.ts shows it):
// a 429/errno 114 or a 503/errno 201 with a wait (body `retryAfter`, else `Retry-After`, parsed in
// http.ts). https://github.com/mozilla/fxa/blob/main/libs/accounts/errors/src/app-error.ts
import { ERRNO, isAuthServerError } from './errors';

/** Longer than this is a server's mistake, not a wait to show (and keeps the timer in range). */
const LONGEST_WAIT_S = 24 * 60 * 60;

/** Whole seconds the server asked the client to wait before trying again, if it did. */
export function retryAfterSeconds(error: unknown): number | undefined {
  if (!isAuthServerError(error)) return undefined;
  const backOff =
    error.errno === ERRNO.TOO_MANY_REQUESTS ||
    error.errno === ERRNO.SERVICE_UNAVAILABLE ||
    error.code === 429 ||
    error.code === 503;
  const s = error.retryAfter;
  if (!backOff || s === undefined || !Number.isFinite(s) || s <= 0) return undefined;
  return Math.min(Math.ceil(s), LONGEST_WAIT_S);
}
