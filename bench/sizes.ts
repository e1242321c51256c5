// Initial JS per route, read from a Vite build's `.vite/manifest.json`: the entry chunk, the app
// chunk it imports at once (app/main.tsx), the route's lazy chunk, the English strings of the
// features it shows (app/routes/with-strings.ts loads them beside the chunk) and everything these
// import statically. Other dynamic imports are not initial.
// Each file is compressed on its own (that is how a server sends them) and the sizes are summed,
// the way ../shared/reference/perf-floor.md §2.2 counted the floor. Shared by the bench and by
// scripts/bundle-size.test.ts, so both always agree.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  APP_CHUNK_MODULE,
  addInitialImports,
  addStaticImports,
  entryKey,
  type Manifest,
  readManifest,
} from '../scripts/vite-manifest.ts';

export type { Manifest, ManifestChunk } from '../scripts/vite-manifest.ts';
export { readManifest };

export type RouteSize = {
  route: string;
  files: string[];
  /** Bytes, summed over files. */
  raw: number;
  gzip: number;
  brotli: number;
};

/** Route → the lazy module that renders it (app/router.tsx). `/` is email-first, the sign-in entry. */
export const APP_ROUTE_MODULES: Readonly<Record<string, string>> = {
  '/signin': 'app/routes/signin/signin-route.tsx',
  '/': 'app/routes/signin/index-route.tsx',
  '/settings': 'app/routes/settings/settings-route.tsx',
  '/authorization': 'app/routes/oauth/authorization-route.tsx',
};

/**
 * The string parts (features) each route loads with its chunk: router.tsx's withStrings tables.
 * English core strings are in the entry.
 */
export const APP_ROUTE_STRINGS: Readonly<Record<string, readonly string[]>> = {
  '/signin': ['signin', 'oauth'],
  '/': ['signin', 'oauth'],
  '/settings': ['settings'],
  '/authorization': ['oauth'],
};

/** The floor's routes (../shared/bench-floor/src/main.tsx). */
export const FLOOR_ROUTE_MODULES: Readonly<Record<string, string>> = {
  '/signin': 'src/routes/Signin.tsx',
  '/settings': 'src/routes/Settings.tsx',
  '/authorization': 'src/routes/Authorization.tsx',
};

/**
 * The floor's initial JS, gzip level 9, KiB: ../shared/reference/perf-floor.md §2.2 ("Initial JS
 * per route", vite 8.3.8, target es2022). Fixed numbers because building the floor needs its own
 * npm install, too slow for `npm test`; `npm run bench` builds it and prints its live sizes.
 * Our `/` (email-first) is a sign-in page, so it is held to the floor's `/signin`.
 */
export const FLOOR_GZIP_KIB: Readonly<Record<string, number>> = {
  '/settings': 108.16,
  '/signin': 104.94,
  '/authorization': 107.8,
  '/': 104.94,
};

/**
 * Initial JS on a route may be at most this times the floor's gzip size: the performance issue's
 * budget. docs/performance.md, "Size", gives each route's figure and what keeps it under.
 */
export const SIZE_BUDGET_RATIO = 1.15;

export const KIB = 1024;

/** The JS files a first visit to the route downloads before it can render (manifest order). */
export function initialJsFiles(
  manifest: Manifest,
  routeModule: string,
  stringParts: readonly string[] = [],
): string[] {
  if (!manifest[routeModule]) {
    // Loud on purpose: a renamed route module must not silently drop out of the budget.
    throw new Error(`route module ${routeModule} is not in the build manifest`);
  }
  const keys = new Set<string>();
  // Ours: the small entry and the app chunk it imports at once. The floor: its one entry.
  if (manifest[APP_CHUNK_MODULE]) addInitialImports(manifest, keys);
  else addStaticImports(manifest, entryKey(manifest), keys);
  addStaticImports(manifest, routeModule, keys);
  for (const part of stringParts) {
    const key = `virtual:ftl/en/${part}`;
    // A part without strings has no module; one that exists must be counted.
    if (manifest[key]) addStaticImports(manifest, key, keys);
  }
  return [...keys].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));
}

export function compressedSizes(buf: Buffer): { raw: number; gzip: number; brotli: number } {
  return {
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buf, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

export function routeSizes(
  outDir: string,
  routes: Readonly<Record<string, string>>,
  manifest: Manifest = readManifest(outDir),
  strings: Readonly<Record<string, readonly string[]>> = APP_ROUTE_STRINGS,
): RouteSize[] {
  const cache = new Map<string, ReturnType<typeof compressedSizes>>();
  return Object.entries(routes).map(([route, module]) => {
    const files = initialJsFiles(manifest, module, strings[route] ?? []);
    const total = { raw: 0, gzip: 0, brotli: 0 };
    for (const file of files) {
      let s = cache.get(file);
      if (!s) {
        s = compressedSizes(fs.readFileSync(path.join(outDir, file)));
        cache.set(file, s);
      }
      total.raw += s.raw;
      total.gzip += s.gzip;
      total.brotli += s.brotli;
    }
    return { route, files, ...total };
  });
}

export const kib = (bytes: number) => Math.round((bytes / KIB) * 100) / 100;
