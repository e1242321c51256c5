// Requests a page needs, started before the page's code has run (app/routes/route-data.ts), and
// handed over once to the code that would otherwise make them. A module of the entry with no
// imports, so that the page's code and the entry share it without sharing anything else.

type Requests = Record<string, Promise<unknown>>;
/** The requests by name, and `sent`: resolved once every one of them has left (see leaving). */
export type Started = { requests: Requests; sent: Promise<unknown> };
type Starter = (sessionToken: string) => Promise<Started>;

let early: { sessionToken: string; requests: Promise<Requests>; taken: Set<string> } | undefined;

/**
 * Starts requests for this session token; `start` may first load their code. Resolves once they
 * have left (or their code could not be loaded, which takeEarly makes up for); never rejects.
 */
export function startEarly(sessionToken: string, start: Starter): Promise<void> {
  const started = start(sessionToken);
  early = { sessionToken, requests: started.then((s) => s.requests), taken: new Set() };
  return started.then(
    (s) => s.sent.then(() => {}),
    () => {},
  );
}

/**
 * Makes a request with a fetch that notes when it leaves: `left` resolves then, or once the
 * request has settled without leaving (its key derivation failed, say). Never rejects.
 */
export function leaving<T>(request: (fetch: typeof globalThis.fetch) => Promise<T>): {
  result: Promise<T>;
  left: Promise<void>;
} {
  let leave = () => {};
  const left = new Promise<void>((resolve) => {
    leave = resolve;
  });
  const result = request((input, init) => {
    leave();
    return globalThis.fetch(input, init);
  });
  result.then(
    () => leave(),
    () => leave(),
  );
  return { result, left };
}

/**
 * How long the page waits for the early requests' code before making a request itself: a
 * download of that chunk that stalls must not leave the page on its skeletons.
 */
export const EARLY_CODE_WAIT_MS = 3000;

/**
 * The request `name` started early with this token, once; otherwise (or when its code could not
 * be loaded, or has not run within EARLY_CODE_WAIT_MS) `request` made now.
 */
export function takeEarly<T>(
  name: string,
  sessionToken: string,
  request: (sessionToken: string) => Promise<T>,
): Promise<T> {
  if (!early || early.sessionToken !== sessionToken || early.taken.has(name)) {
    return request(sessionToken);
  }
  early.taken.add(name);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, EARLY_CODE_WAIT_MS, undefined);
  });
  return Promise.race([early.requests, stalled])
    .finally(() => clearTimeout(timer))
    .then(
      (started) => (started?.[name] as Promise<T> | undefined) ?? request(sessionToken),
      () => request(sessionToken),
    );
}
