import { describe, expect, it } from 'vitest';
import { chunkFiles, pageFiles } from './vite-plugin-route-preloads';

// The shape of a Vite 8 manifest (dist/.vite/manifest.json) for an entry and a lazy route.
const manifest = {
  'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_runtime-1.js'] },
  '_runtime-1.js': { file: 'assets/runtime-1.js' },
  '_shared-1.js': { file: 'assets/shared-1.js', imports: ['_runtime-1.js'] },
  'app/routes/settings/settings-route.tsx': {
    file: 'assets/settings-route-1.js',
    imports: ['_runtime-1.js', 'index.html', '_shared-1.js'],
    css: ['assets/settings-route-1.css'],
  },
  'app/features/settings/data/first-requests.ts': {
    file: 'assets/first-requests-1.js',
    imports: ['_shared-1.js'],
  },
};

describe('route preloads', () => {
  it('names the route modules and their static imports once, never the entry or its imports', () => {
    expect(
      chunkFiles(manifest, [
        'app/routes/settings/settings-route.tsx',
        'app/features/settings/data/first-requests.ts',
      ]),
    ).toEqual([
      'assets/settings-route-1.js',
      'assets/settings-route-1.css',
      'assets/shared-1.js',
      'assets/first-requests-1.js',
    ]);
  });

  it('fails the build when a route module is renamed rather than preload nothing', () => {
    expect(() => chunkFiles(manifest, ['app/routes/settings/gone.tsx'])).toThrow(
      /not in the build/,
    );
  });

  it('names the entry’s own imports first, then the modules in the order given', () => {
    expect(
      pageFiles(manifest, [
        'app/features/settings/data/first-requests.ts',
        'app/routes/settings/settings-route.tsx',
      ]),
    ).toEqual([
      'assets/runtime-1.js',
      'assets/first-requests-1.js',
      'assets/shared-1.js',
      'assets/settings-route-1.js',
      'assets/settings-route-1.css',
    ]);
  });
});
