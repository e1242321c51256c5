import type { OutputBundle, PluginContext } from 'rolldown';
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';
import {
  type AstNode,
  plainDynamicImports,
  unwrapPreloads,
} from './vite-plugin-plain-dynamic-imports';

// The shipped build holds no preload helper: scripts/production-build.test.ts. Here, the two
// things that test cannot reach: what the replacement does, and the guard against dropped deps.

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const hook = (name: 'load' | 'writeBundle'): Hook => plainDynamicImports()[name] as Hook;

const chunk = (fileName: string, code: string) => ({ type: 'chunk', fileName, code });
const context = {
  error(message: string): never {
    throw new Error(message);
  },
} as unknown as PluginContext;

describe('plain dynamic imports', () => {
  it('replaces the helper with one that only calls the import', async () => {
    const source = hook('load').call(context, '\0vite/preload-helper.js');
    expect(source).toBe('export const __vitePreload = (load) => load();');
    expect(hook('load').call(context, '/app/main.tsx')).toBeUndefined();
    const url = `data:text/javascript,${encodeURIComponent(String(source))}`;
    const { __vitePreload } = (await import(/* @vite-ignore */ url)) as {
      __vitePreload: (load: () => Promise<string>) => Promise<string>;
    };
    await expect(__vitePreload(() => Promise.resolve('module'))).resolves.toBe('module');
    await expect(__vitePreload(() => Promise.reject(new Error('offline')))).rejects.toThrow(
      'offline',
    );
  });

  it('fails the build when an import would have had preload dependencies', () => {
    const bundle = {
      'a.js': chunk('assets/a.js', 'import("./b.js")'),
      'c.js': chunk('assets/c.js', 'const __vite__mapDeps=(i,m=__vite__mapDeps)=>i;'),
    } as unknown as OutputBundle;
    expect(() => hook('writeBundle').call(context, {}, bundle)).toThrow(
      'assets/c.js: a dynamic import has preload dependencies',
    );
    const clean = { 'a.js': bundle['a.js'] } as unknown as OutputBundle;
    expect(() => hook('writeBundle').call(context, {}, clean)).not.toThrow();
  });

  it('drops the calls once the chunks are rendered, each import left as it ran', () => {
    const parse = (code: string) => parseAst(code) as unknown as AstNode;
    const code = [
      "const note = 'Mozilla’s';",
      'const a = () => __vitePreload(() => import("./a.js"), __VITE_PRELOAD__);',
      'const b = __vitePreload(() => import("./b.js").then((m) => m.t), __VITE_PRELOAD__).then(use);',
      'const c = __vitePreload(async () => { const { x } = await import("./c.js"); return { x }; }, __VITE_PRELOAD__);',
    ].join('\n');
    expect(unwrapPreloads(code, parse)).toBe(
      [
        "const note = 'Mozilla’s';",
        'const a = () => (import("./a.js"));',
        'const b = (import("./b.js").then((m) => m.t)).then(use);',
        'const c = (async () => { const { x } = await import("./c.js"); return { x }; })();',
      ].join('\n'),
    );
    expect(unwrapPreloads('import("./d.js");', parse)).toBe('import("./d.js");');
    expect(() => unwrapPreloads('__vitePreload(load, __VITE_PRELOAD__);', parse)).toThrow(
      'unexpected preload call',
    );
  });
});
