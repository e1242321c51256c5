import { useEffect } from 'react';
import { usePainted } from '../lib/use-painted';

/**
 * Points index.html's icon link at the real icon once the page has painted. Named in the HTML,
 * Chromium fetched the icon at DOMContentLoaded, in one of the six connections the page's chunks
 * were queued for, and parsed it (it was an SVG, a document of its own) on the main thread, ahead
 * of the account's content (docs/performance.md has the A/Bs). The HTML's link is `data:,`, an empty image that costs nothing and keeps the browser
 * from fetching `/favicon.ico` meanwhile (a 404). A PNG, because decoding it costs next to nothing
 * whenever it lands.
 */
export function TabIcon() {
  const painted = usePainted(true);
  useEffect(() => {
    if (!painted) return;
    const link = document.head.querySelector<HTMLLinkElement>('link[rel="icon"]');
    if (!link) return;
    link.type = 'image/png';
    link.href = '/favicon.png';
  }, [painted]);
  return null;
}
