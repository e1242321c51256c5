import type { Plugin } from 'vite';

/** Vite's id for the module that its build wraps around every dynamic import(). */
const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * Replaces Vite's preload helper with a plain call. The build wraps every `import()` in
 * `__vitePreload(() => import(…), deps)`; the helper adds a `<link>` for each of `deps` (with a
 * CSP nonce lookup, a CSS load wait) and re-dispatches a failed import as `vite:preloadError`.
 * Here `deps` is always empty: `build.modulePreload` is off (each page's HTML names its chunks,
 * vite-plugin-route-preloads.ts) and there is one stylesheet (`cssCodeSplit: false`). Nothing
 * listens for `vite:preloadError`: a failed import rejects, and the route's error boundary says
 * so. The helper was 1.3 KiB of minified JS (0.6 KiB gzip) on every route's initial JS, the size
 * budget (perf issue).
 *
 * Should a build ever give an import dependencies, the build fails (writeBundle) rather than
 * drop them silently: Vite then lists them through `__vite__mapDeps`.
 */
export function plainDynamicImports(): Plugin {
  return {
    name: 'fxa-plain-dynamic-imports',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id === PRELOAD_HELPER_ID ? id : undefined;
    },
    load(id) {
      return id === PRELOAD_HELPER_ID
        ? 'export const __vitePreload = (load) => load();'
        : undefined;
    },
    writeBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.code.includes('__vite__mapDeps')) {
          this.error(`${file.fileName}: a dynamic import has preload dependencies`);
        }
      }
    },
  };
}
