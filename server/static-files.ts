import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type Encoded, precompress } from './compression.ts';
import { isAssetPath } from './request-path.ts';

export interface StaticFile {
  contentType: string;
  cacheControl: string;
  /** Absent on no-store documents: there is nothing to revalidate. */
  etag?: string;
  encoded: Encoded;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ftl': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Formats that are already compressed: compressing again only costs time. */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|wasm)|image\/svg\+xml)/;

/** Vite hashes everything under /assets/; everything else may change under the same name. */
function cacheControlFor(urlPath: string): string {
  if (isAssetPath(urlPath)) return 'public, max-age=31536000, immutable';
  // HTML shells must never be reused (ASVS 14.3.2; reference §2 Cache-Control).
  if (urlPath.endsWith('.html')) return 'no-store';
  return 'no-cache';
}

/**
 * Every regular file under dist/, read into memory at startup and keyed by URL path. Requests are
 * answered from this table only, so no request can reach the file system. Dot-entries (Vite's
 * `.vite/manifest.json`) and symbolic links are left out.
 */
export function loadStaticFiles(distDir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      if (!entry.isFile()) continue;
      const urlPath = `/${path.relative(distDir, full).split(path.sep).join('/')}`;
      const body = fs.readFileSync(full);
      const contentType =
        CONTENT_TYPES[path.extname(entry.name).toLowerCase()] ?? 'application/octet-stream';
      const cacheControl = cacheControlFor(urlPath);
      const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
      files.set(urlPath, {
        contentType,
        cacheControl,
        // Weak: the br, gzip and identity bodies differ byte for byte.
        ...(cacheControl === 'no-store' ? {} : { etag: `W/"${hash}"` }),
        encoded: COMPRESSIBLE.test(contentType) ? precompress(body) : { identity: body },
      });
    }
  };
  walk(distDir);
  if (!files.has('/index.html')) {
    throw new Error(`${distDir} has no index.html: run \`npx vite build\` first`);
  }
  return files;
}
