/**
 * Starts a lazy chunk's download ahead of need. Best effort: a failed (or, when the page is left
 * meanwhile, aborted) download is asked again by the real load, which reports it; here it must
 * not become an unhandled rejection, which the browser logs as a console error.
 */
export function preload(load: () => Promise<unknown>): void {
  load().catch(() => {});
}
