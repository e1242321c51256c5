import type { Plugin } from 'vite';

/** Vite's id for the module that its build wraps around every dynamic import(). */
const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';
const HELPER = '__vitePreload';
/** What Vite later replaces with an import's dependency list (always empty here). */
const DEPS_PLACEHOLDER = '__VITE_PRELOAD__';

export type AstNode = { type: string; start: number; end: number; [key: string]: unknown };

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';
}

/** The nodes of the tree that span one of `offsets`, parents before children. */
function* nodesAt(node: AstNode, offsets: readonly number[]): Generator<AstNode> {
  if (!offsets.some((offset) => offset >= node.start && offset < node.end)) return;
  yield node;
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (isNode(child)) yield* nodesAt(child, offsets);
    }
  }
}

/**
 * `__vitePreload(() => import(…), __VITE_PRELOAD__)` → `(import(…))`; an arrow with a block body
 * (`async () => { … }`) is called in place. Exactly what the replaced helper does (it returns
 * `load()`), without the call and the list on each of the app chunk's thirty-odd lazy routes and
 * string loaders (~0.1 KiB gzip on every route's initial JS, the size budget).
 */
export function unwrapPreloads(code: string, parse: (code: string) => AstNode): string {
  const calls = [...code.matchAll(new RegExp(`\\b${HELPER}\\(`, 'g'))].map((m) => m.index);
  if (calls.length === 0) return code;
  const edits: { start: number; end: number; text: string }[] = [];
  // Only the branches around a call are walked: a large chunk's whole tree took seconds.
  for (const node of nodesAt(parse(code), calls)) {
    if (node.type !== 'CallExpression') continue;
    const callee = node.callee as AstNode;
    const args = node.arguments as AstNode[];
    if (callee.type !== 'Identifier' || callee.name !== HELPER) continue;
    const [load, deps] = args;
    const source = code.slice(node.start, node.end);
    if (
      args.length !== 2 ||
      load?.type !== 'ArrowFunctionExpression' ||
      (load.params as unknown[]).length !== 0 ||
      deps?.type !== 'Identifier' ||
      deps.name !== DEPS_PLACEHOLDER ||
      !source.startsWith(`${HELPER}(`)
    ) {
      throw new Error(`unexpected preload call: ${source.slice(0, 120)}`);
    }
    const body = load.body as AstNode;
    const concise = load.expression === true && load.async !== true;
    edits.push({
      start: node.start,
      end: node.end,
      text: concise
        ? `(${code.slice(body.start, body.end)})`
        : `(${code.slice(load.start, load.end)})()`,
    });
  }
  // Nested calls (a loader inside a loader) never occur: each import() is wrapped once.
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

/**
 * Replaces Vite's preload helper with a plain call. The build wraps every `import()` in
 * `__vitePreload(() => import(…), deps)`; the helper adds a `<link>` for each of `deps` (with a
 * CSP nonce lookup, a CSS load wait) and re-dispatches a failed import as `vite:preloadError`.
 * Here `deps` is always empty: `build.modulePreload` is off (each page's HTML names its chunks,
 * vite-plugin-route-preloads.ts) and there is one stylesheet (`cssCodeSplit: false`). Nothing
 * listens for `vite:preloadError`: a failed import rejects, and the route's error boundary says
 * so. The helper was 1.3 KiB of minified JS (0.6 KiB gzip) on every route's initial JS, the size
 * budget (perf issue). Once the chunks are rendered the calls go too (unwrapPreloads).
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
    renderChunk(code) {
      const out = unwrapPreloads(code, (source) => this.parse(source) as unknown as AstNode);
      return out === code ? null : { code: out, map: null };
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
