import { useEffect, useState } from 'react';

/**
 * False until the page has painted once with `ready` true, then true for good. For work that may
 * wait a frame but must not hold back the content around it: the page's first Intl formatter
 * loads the ICU locale data, 70–110 ms of main thread in a fresh Chromium renderer on the bench
 * machine (CPU profile, 2026-11-30), which would delay the whole account's content by as much.
 * requestAnimationFrame runs before that paint; the timeout after it, once the frame is out.
 */
export function usePainted(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}

/**
 * usePainted(true) for a component that mounts again and again (the settings page after each of
 * its sub-pages): only its first mount in the tab waits for a paint, so coming back shows no
 * placeholder for a frame. `seen` is the component's module-level record.
 */
export function usePaintedOnce(seen: { painted: boolean }): boolean {
  const painted = usePainted(!seen.painted);
  useEffect(() => {
    if (painted) seen.painted = true;
  }, [painted, seen]);
  return seen.painted || painted;
}
