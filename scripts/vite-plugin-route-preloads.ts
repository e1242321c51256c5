import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { addStaticImports, entryKey, type Manifest, readManifest } from './vite-manifest.ts';

/** A first segment of the URL path → the modules its first render needs besides the entry. */
export type RoutePreloads = Readonly<Record<string, readonly string[]>>;

/**
 * Per-route copies of index.html that name the route's chunks with `<link rel="modulepreload">`,
 * written as `dist/<segment>/index.html` (server/app.ts serves them for that segment's paths).
 *
 * Why: a route's code is a lazy chunk that the entry asks for only once it has run, so on a first
 * visit the chunks download one after the other (entry, then route) and the settings requests
 * waited ~150 ms for their code after the browser's fxa_status reply (bench, 2026-11-30). Named
 * in the HTML, the browser fetches and compiles them alongside the entry. Other routes keep the
 * plain index.html and download nothing extra.
 */
export function routePreloads(routes: RoutePreloads): Plugin {
  return {
    name: 'fxa-route-preloads',
    apply: 'build',
    writeBundle(options) {
      const dir = options.dir;
      if (!dir) return;
      const manifest = readManifest(dir);
      const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
      for (const [segment, modules] of Object.entries(routes)) {
        // Vite's own loader finds these links and does not add them twice.
        const links = chunkFiles(manifest, modules)
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) =>
            file.endsWith('.css')
              ? `<link rel="stylesheet" crossorigin href="/${file}">`
              : `<link rel="modulepreload" crossorigin href="/${file}">`,
          );
        if (!html.includes('  </head>')) throw new Error('index.html has no </head>');
        fs.mkdirSync(path.join(dir, segment), { recursive: true });
        fs.writeFileSync(
          path.join(dir, segment, 'index.html'),
          html.replace('  </head>', `${links.map((link) => `    ${link}\n`).join('')}  </head>`),
        );
      }
    },
  };
}

/** The modules' JS and CSS files and all they import statically, the entry's own excluded. */
export function chunkFiles(manifest: Manifest, modules: readonly string[]): string[] {
  const inEntry = new Set<string>();
  addStaticImports(manifest, entryKey(manifest), inEntry);
  const needed = new Set<string>();
  for (const module of modules) addStaticImports(manifest, module, needed);
  return [...needed]
    .filter((key) => !inEntry.has(key))
    .flatMap((key) => [manifest[key]!.file, ...(manifest[key]!.css ?? [])])
    .filter((file) => file.endsWith('.js') || file.endsWith('.css'));
}
