// The back-off a server asks for: a 429/errno 114 or a 503/errno 201 carries how long to wait
// (body `retryAfter`, else the Retry-After header; parsed in auth-client/http.ts, read by
// auth-client/retry-after.ts). The page says how long, keeps the action disabled until then,
// and never asks again by itself before it (security-tests.md F4; upstream's auth-errors.ts
// shows `retryAfterLocalized` for 114).
// https://github.com/mozilla/fxa/blob/main/libs/accounts/errors/src/app-error.ts
import { useEffect, useState } from 'react';

export type RetryWait = {
  /** Whole seconds until the action may be tried again (0 once it may). */
  secondsLeft: number;
  /** The wait as the server first asked for it, for the one announcement. */
  seconds: number;
  waiting: boolean;
  /** A wait ran out: the action is back. */
  ended: boolean;
};

type Tracked = { cause: unknown; until: number; seconds: number; now: number };

/**
 * The wait that `cause` (a failure, a new object each time) asks for: `seconds` (what
 * `retryAfterSeconds` read from it) from the moment the page first sees it. Free of the auth
 * client's code, so a page's initial JS does not grow by it. Re-renders once a second while waiting, aligned on whole seconds.
 */
export function useRetryWait(cause: unknown, seconds: number | undefined): RetryWait {
  const [tracked, setTracked] = useState<Tracked>({ cause: null, until: 0, seconds: 0, now: 0 });
  let current = tracked;
  if (tracked.cause !== cause) {
    // A new failure (or none): its deadline is fixed now, in this render, so the button is
    // never enabled for a frame between the failure and the wait.
    const now = Date.now();
    const wait = cause && seconds ? seconds : 0;
    current = { cause, until: wait ? now + wait * 1000 : 0, seconds: wait, now };
    setTracked(current);
  }
  const { until, now } = current;
  useEffect(() => {
    if (now >= until) return;
    const id = setTimeout(
      () => setTracked((t) => (t.until === until ? { ...t, now: Date.now() } : t)),
      (until - now) % 1000 || 1000,
    );
    return () => clearTimeout(id);
  }, [until, now]);
  const secondsLeft = Math.max(0, Math.ceil((until - now) / 1000));
  return {
    secondsLeft,
    seconds: current.seconds,
    waiting: secondsLeft > 0,
    ended: until > 0 && secondsLeft === 0,
  };
}
