// The first load of every route the app has, read from a Vite build's manifest, so that a new
// page is held to a size budget the moment it exists (scripts/bundle-size.test.ts). A route is
// a lazy module `app/routes/**/*-route.tsx`; opened directly, a page downloads the entry, the app
// chunk, the chunks that lead to its module (the rarely visited pages' route table, the settings
// chunk for a settings sub-page) and its module, each with what they import statically, plus its
// feature's English strings. Sizes are gzip -9 of each file alone, summed (bench/sizes.ts).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  APP_CHUNK_MODULE,
  addInitialImports,
  addStaticImports,
  entryKey,
  type Manifest,
} from './vite-manifest.ts';

export type RouteFirstLoad = { module: string; files: string[]; gzip: number };

const ROUTE_MODULE = /^app\/routes\/.*-route\.tsx$/;

/** The English strings a route's pages show, by the folder of its route module. */
function stringsOf(module: string): string[] {
  const folder = module.split('/')[2] ?? '';
  const parts: Record<string, string[]> = {
    settings: ['settings'],
    oauth: ['oauth'],
    pair: ['pair'],
    legal: ['legal'],
  };
  return (parts[folder] ?? ['signin', 'oauth']).map((part) => `virtual:ftl/en/${part}`);
}

/** Chunks whose dynamic imports include `key`. */
const dynamicParents = (manifest: Manifest, key: string) =>
  Object.keys(manifest).filter((k) => manifest[k]?.dynamicImports?.includes(key));

/**
 * The chunks that must run before `key` can be imported: none when a chunk of the first load
 * imports it; otherwise the way through the parent with the shortest such way.
 */
function leadingChunks(
  manifest: Manifest,
  key: string,
  initial: Set<string>,
  seen = new Set<string>(),
): string[] {
  const parents = dynamicParents(manifest, key).filter((p) => !seen.has(p));
  if (parents.length === 0 || parents.some((p) => initial.has(p))) return [];
  let best: string[] | undefined;
  for (const parent of parents) {
    const way = [...leadingChunks(manifest, parent, initial, new Set([...seen, key])), parent];
    if (!best || way.length < best.length) best = way;
  }
  return best ?? [];
}

export function everyRouteFirstLoad(outDir: string, manifest: Manifest): RouteFirstLoad[] {
  const initial = new Set<string>();
  addInitialImports(manifest, initial);
  // Fail loudly rather than measure the wrong thing if the build's shape changes.
  if (!manifest[APP_CHUNK_MODULE] || !entryKey(manifest)) throw new Error('no app chunk');
  const gzipOf = new Map<string, number>();
  const gzip = (file: string) => {
    let size = gzipOf.get(file);
    if (size === undefined) {
      size = zlib.gzipSync(fs.readFileSync(path.join(outDir, file)), { level: 9 }).length;
      gzipOf.set(file, size);
    }
    return size;
  };
  return Object.keys(manifest)
    .filter((key) => ROUTE_MODULE.test(key))
    .sort()
    .map((module) => {
      const keys = new Set(initial);
      for (const chunk of leadingChunks(manifest, module, initial)) {
        addStaticImports(manifest, chunk, keys);
      }
      addStaticImports(manifest, module, keys);
      for (const strings of stringsOf(module)) {
        if (manifest[strings]) addStaticImports(manifest, strings, keys);
      }
      const files = [...keys].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'));
      return { module, files, gzip: files.reduce((sum, file) => sum + gzip(file), 0) };
    });
}
