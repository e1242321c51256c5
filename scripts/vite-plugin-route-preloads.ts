import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { addStaticImports, entryKey, type Manifest, readManifest } from './vite-manifest.ts';

export type PagePreloads = {
  /** Modules every page needs besides the entry. */
  everyPage: readonly string[];
  /** Modules of the pages index.html serves (`/`, and every path without a shell of its own). */
  index: readonly string[];
  /** A first segment of the URL path → the modules its first render needs besides those. */
  routes: Readonly<Record<string, readonly string[]>>;
  /**
   * A route's modules named ahead of every page's (the app chunk): the entry runs the app chunk
   * only once their requests have left (app/main.tsx), so they must not queue behind it.
   */
  beforeApp?: Readonly<Record<string, readonly string[]>>;
};

/**
 * Names each page's first chunks in its HTML: the app chunk as a module script right after the
 * entry's (appScripts), the rest with `<link rel="modulepreload">`: in index.html email-first's;
 * in per-route copies of it, written as `dist/<segment>/index.html` (server/app.ts serves them for
 * that segment's paths), the route's own.
 *
 * Why: these are chunks that the entry asks for only once it has run, and the build does not
 * preload a lazy chunk's imports (vite.config.ts, modulePreload), so on a first visit they would
 * download one after the other (entry, app, route, its imports), and the settings requests waited
 * ~150 ms for their code after the browser's fxa_status reply (bench, 2026-11-30). Named in the
 * HTML, the browser fetches and compiles them alongside the entry.
 *
 * Preloads in order: the entry's own imports (the bundler's runtime: the entry runs only once it
 * is in), the route's `beforeApp` modules, the rest. A browser opens at most six HTTP/1.1
 * connections to a host, and these are fetched about in that order. With the runtime discovered
 * by the entry and the settings requests' code behind the app chunk, `fxa_status` left ~40 ms
 * and the requests ~35 ms later; content came 1.26× the floor's against 1.21× (same-run A/B of
 * 24 loads, bench, 2026-11-30).
 */
export function routePreloads({ everyPage, index, routes, beforeApp = {} }: PagePreloads): Plugin {
  return {
    name: 'fxa-route-preloads',
    apply: 'build',
    writeBundle(options) {
      const dir = options.dir;
      if (!dir) return;
      const manifest = readManifest(dir);
      const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
      const entryScript = /^ *<script type="module" crossorigin src="[^"]+"><\/script>\n/m.exec(
        html,
      )?.[0];
      if (!html.includes('  </head>') || !entryScript) {
        throw new Error('index.html has no </head> or no entry script');
      }
      const scripts = appScripts(manifest, everyPage);
      const withChunks = (modules: readonly string[]) => {
        const links = pageFiles(manifest, modules)
          .filter((file) => !html.includes(`/${file}"`) && !scripts.includes(file))
          .map((file) =>
            file.endsWith('.css')
              ? `<link rel="stylesheet" crossorigin href="/${file}">`
              : `<link rel="modulepreload" crossorigin href="/${file}">`,
          );
        return html
          .replace(
            entryScript,
            `${entryScript}${scripts.map((file) => `    <script type="module" crossorigin src="/${file}"></script>\n`).join('')}`,
          )
          .replace('  </head>', `${links.map((link) => `    ${link}\n`).join('')}  </head>`);
      };
      fs.writeFileSync(path.join(dir, 'index.html'), withChunks([...everyPage, ...index]));
      for (const [segment, modules] of Object.entries(routes)) {
        fs.mkdirSync(path.join(dir, segment), { recursive: true });
        fs.writeFileSync(
          path.join(dir, segment, 'index.html'),
          withChunks([...(beforeApp[segment] ?? []), ...everyPage, ...modules]),
        );
      }
    },
  };
}

/**
 * The files of the modules every page needs (the app chunk), named as module scripts of their
 * own rather than preloaded: Firefox keeps the compiled bytecode of a page's module scripts in its
 * cache and reuses it from the fifth visit on, but not of a preloaded module, which it compiles
 * again on every visit (~60 ms off the main thread for the app chunk; Gecko profiles in
 * docs/performance.md, "Firefox's bytecode cache"). The chunk only defines things, so running it
 * in document order, right after the entry, changes nothing but when it is evaluated.
 */
export function appScripts(manifest: Manifest, modules: readonly string[]): string[] {
  return modules.map((module) => {
    const chunk = manifest[module];
    if (!chunk) throw new Error(`${module} is not in the build manifest`);
    return chunk.file;
  });
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

/** What a page's HTML names, in order: the entry's own imports, then `chunkFiles(modules)`. */
export function pageFiles(manifest: Manifest, modules: readonly string[]): string[] {
  const key = entryKey(manifest);
  const entryImports = new Set<string>();
  for (const dep of manifest[key]!.imports ?? []) addStaticImports(manifest, dep, entryImports);
  const files = [...entryImports].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'));
  return [...new Set([...files, ...chunkFiles(manifest, modules)])];
}
