// Requests a page needs, started before the page's code has run (app/routes/route-data.ts), and
// handed over once to the code that would otherwise make them. A module of the entry with no
// imports, so that the page's code and the entry share it without sharing anything else.

type Starter = (sessionToken: string) => Promise<Record<string, Promise<unknown>>>;

let early: { sessionToken: string; requests: ReturnType<Starter>; taken: Set<string> } | undefined;

/**
 * Starts requests for this session token; `start` may first load their code. Resolves once they
 * have left (or their code could not be loaded, which takeEarly makes up for); never rejects.
 */
export function startEarly(sessionToken: string, start: Starter): Promise<void> {
  const requests = start(sessionToken);
  early = { sessionToken, requests, taken: new Set() };
  return requests.then(
    () => {},
    () => {},
  );
}

/**
 * The request `name` started early with this token, once; otherwise (or when its code could not
 * be loaded) `request` made now.
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
  return early.requests.then(
    (started) => (started[name] as Promise<T> | undefined) ?? request(sessionToken),
    () => request(sessionToken),
  );
}
