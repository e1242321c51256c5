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
   * A route's modules that the entry imports itself, before the app starts (the settings
   * requests' code, app/routes/route-data.ts): named with the page's chunks, after the app chunk.
   */
  beforeApp?: Readonly<Record<string, readonly string[]>>;
};

/**
 * Names each page's first chunks in its HTML, as module scripts right after the entry's: the app
 * chunk, then the route's (in index.html email-first's; in per-route copies of it, written as
 * `dist/<segment>/index.html`, which server/app.ts serves for that segment's paths, the route's
 * own). The entry's own imports (the bundler's runtime) are preloaded, named before the chunks.
 *
 * Why named: these are chunks that the entry asks for only once it has run, and the build does
 * not preload a lazy chunk's imports (vite.config.ts, modulePreload), so on a first visit they
 * would download one after the other (entry, app, route, its imports), and the settings requests
 * waited ~150 ms for their code after the browser's fxa_status reply (bench, 2026-11-30).
 *
 * Why scripts, not `<link rel="modulepreload">`: Firefox keeps the compiled bytecode of a page's
 * module scripts in its cache and uses it from the fifth visit on, but compiles a preloaded module
 * again on every visit (the app chunk: 50–100 ms on a helper thread, while the page's own work and
 * the answer to fxa_status wait for the cores; Gecko profiles in docs/performance.md, "Firefox's
 * bytecode cache"). These chunks only define things, so running them in document order, once the
 * entry has sent fxa_status, changes only when they are evaluated; the entry still decides when
 * the app starts (app/main.tsx).
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
      const app = appScripts(manifest, everyPage);
      // The entry's own imports (the bundler's runtime) are part of its module graph: preloaded.
      const entryImports = new Set(pageFiles(manifest, []));
      const withChunks = (modules: readonly string[]) => {
        const files = pageFiles(manifest, modules).filter((file) => !html.includes(`/${file}"`));
        const scripts = [
          ...new Set([
            ...app,
            ...files.filter((file) => file.endsWith('.js') && !entryImports.has(file)),
          ]),
        ];
        const links = files
          .filter((file) => !scripts.includes(file))
          .map((file) =>
            file.endsWith('.css')
              ? `<link rel="stylesheet" crossorigin href="/${file}">`
              : `<link rel="modulepreload" crossorigin href="/${file}">`,
          );
        // A module script is fetched at low priority where a preload was high (Chromium): the page
        // needs these at once, as it needed the preloads.
        const scriptTags = scripts.map(
          (file) =>
            `    <script type="module" crossorigin fetchpriority="high" src="/${file}"></script>\n`,
        );
        // The preloads (and a chunk's stylesheet, if any) go first: the entry runs only once its
        // imports (the bundler's runtime) are in, and module scripts wait for stylesheets; named
        // after the chunks they waited for one of HTTP/1.1's six connections to a host (Chromium,
        // docs/performance.md, "The runtime first").
        const linkTags = links.map((link) => `    ${link}\n`);
        return html.replace(
          entryScript,
          `${entryScript}${linkTags.join('')}${scriptTags.join('')}`,
        );
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

/** The files of the modules every page needs (the app chunk): the first scripts after the entry. */
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
