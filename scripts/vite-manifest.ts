// Reading a Vite build's `.vite/manifest.json`: which files a module needs before it can run.
// Shared by the route-preload plugin (scripts/vite-plugin-route-preloads.ts) and the size
// budget (bench/sizes.ts), so both follow the same static imports.
import fs from 'node:fs';
import path from 'node:path';

export type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
export type Manifest = Record<string, ManifestChunk>;

export function readManifest(outDir: string): Manifest {
  const file = path.join(outDir, '.vite', 'manifest.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}

/**
 * React, the router and the pages: the chunk the small entry imports at once (app/main.tsx), so
 * every page needs it before its first render, as if it were part of the entry.
 */
export const APP_CHUNK_MODULE = 'app/start-app.tsx';

/** The key of the build's one entry chunk (index.html's script). */
export function entryKey(manifest: Manifest): string {
  const keys = Object.keys(manifest).filter((k) => manifest[k]?.isEntry);
  if (keys.length !== 1) throw new Error(`expected one entry chunk, found ${keys.length}`);
  return keys[0]!;
}

/**
 * Adds `key` and every chunk it imports statically, depth first, to `into` (manifest keys, in
 * the order a browser meets them). Dynamic imports are not followed: they load later.
 */
export function addStaticImports(manifest: Manifest, key: string, into: Set<string>): void {
  if (into.has(key)) return;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest`);
  into.add(key);
  for (const dep of chunk.imports ?? []) addStaticImports(manifest, dep, into);
}

/** The entry, the app chunk and all they import statically: what every page loads first. */
export function addInitialImports(manifest: Manifest, into: Set<string>): void {
  addStaticImports(manifest, entryKey(manifest), into);
  addStaticImports(manifest, APP_CHUNK_MODULE, into);
}
