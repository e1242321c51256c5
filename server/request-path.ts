// Turns the raw request target into a decoded path, refusing anything that could address a file
// outside dist/. Files are only ever looked up in the in-memory table built at startup
// (static-files.ts), so this is the second of two walls, not the only one.
import { URL } from 'node:url'; // not the global: under vitest that is happy-dom's

export type RequestPath = { ok: true; pathname: string } | { ok: false };

/** Placeholder origin: the path is resolved against it, never against the Host header. */
const BASE = 'http://content-server.invalid';

export function parseRequestPath(rawUrl: string | undefined): RequestPath {
  // Origin-form only: absolute-form (`GET http://other/`) and `*` are for proxies.
  if (!rawUrl?.startsWith('/')) return { ok: false };
  let pathname: string;
  try {
    // Concatenate rather than `new URL(raw, BASE)`: `//evil.example/x` must stay a path, not
    // become a host. The URL parser also resolves `..`, `.` and `%2e%2e` segments.
    pathname = decodeURIComponent(new URL(BASE + rawUrl).pathname);
  } catch {
    return { ok: false };
  }
  // Encoded separators (`..%2f`, `%5c`) and NUL survive URL parsing and appear only on decoding.
  if (pathname.includes('\0') || pathname.includes('\\')) return { ok: false };
  if (pathname.split('/').some((segment) => segment === '..' || segment === '.')) {
    return { ok: false };
  }
  return { ok: true, pathname };
}

/** Dotfiles and dot-directories (`/.env`, `/.git/config`, `/.vite/manifest.json`). */
export const hasDotSegment = (pathname: string) =>
  pathname.split('/').some((segment) => segment.startsWith('.'));

/** `/wp-login.php`, `/favicon.ico`: a name with an extension is a file request, never a route. */
export const looksLikeFile = (pathname: string) => (pathname.split('/').pop() ?? '').includes('.');

/** Vite's hashed build output. A miss here is a stale or mistyped asset URL: 404, never HTML. */
export const isAssetPath = (pathname: string) =>
  pathname === '/assets' || pathname.startsWith('/assets/');
