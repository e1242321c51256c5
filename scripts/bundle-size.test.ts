// Bundle-size budget (issue "Performance: npm run bench side by side with the floor"): the initial
// JS of each route must stay within 1.15 × the floor's gzip size. Sizes are deterministic for a
// given source tree, so this can fail `npm test`; timings are only checked by reading the bench.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ROUTE_MODULES,
  FLOOR_GZIP_KIB,
  KIB,
  kib,
  type RouteSize,
  routeSizes,
  SIZE_BUDGET_RATIO,
} from '../bench/sizes.ts';
import { everyRouteFirstLoad, type RouteFirstLoad } from './every-route-size.ts';
import { readManifest } from './vite-manifest.ts';

const root = path.resolve(import.meta.dirname, '..');
let outDir = '';
let sizes: RouteSize[] = [];
let everyRoute: RouteFirstLoad[] = [];

beforeAll(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fxa-bundle-size-'));
  // A child process, not vite's JS API: vitest sets NODE_ENV=test, which would make Vite bundle
  // React's development build and measure the wrong thing.
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stderr}`);
  sizes = routeSizes(outDir, APP_ROUTE_MODULES);
  everyRoute = everyRouteFirstLoad(outDir, readManifest(outDir));
}, 180_000);

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

describe(`initial JS per route (gzip -9) ≤ ${SIZE_BUDGET_RATIO} × the floor`, () => {
  it.each(Object.keys(APP_ROUTE_MODULES))('%s', (route) => {
    const size = sizes.find((s) => s.route === route);
    const floor = FLOOR_GZIP_KIB[route];
    expect(size, `no size for ${route}`).toBeDefined();
    expect(floor, `no floor size for ${route}`).toBeDefined();
    const budget = floor! * SIZE_BUDGET_RATIO;
    const actual = size!.gzip / KIB;
    expect(
      actual,
      `${route}: ${kib(size!.gzip)} KiB gzip (${size!.files.join(', ')}) > budget ${budget.toFixed(2)} KiB (${SIZE_BUDGET_RATIO} × floor ${floor} KiB)`,
    ).toBeLessThanOrEqual(budget);
  });
});

/**
 * Pages the floor has no counterpart of (a settings sub-page, a reset step, pairing, the legal
 * pages): opened directly, at most this times the floor's page of their family. Looser than the
 * four pages above because each carries its own flow on top of its family's (the password pages
 * their key stretching); its job is to catch a page whose first load pulls in another flow's code.
 */
const OTHER_ROUTE_BUDGET_RATIO = 1.25;
const familyFloor = (module: string) =>
  module.startsWith('app/routes/settings/')
    ? '/settings'
    : module.startsWith('app/routes/oauth/')
      ? '/authorization'
      : '/signin';

describe(`every route's first load ≤ ${OTHER_ROUTE_BUDGET_RATIO} × the floor's page of its family`, () => {
  it('finds every route module of the build, the four pages above among them, measured alike', () => {
    // More than the route tables' lazy modules could shrink to without someone noticing.
    expect(everyRoute.length).toBeGreaterThanOrEqual(35);
    for (const size of sizes) {
      const module = APP_ROUTE_MODULES[size.route];
      expect(everyRoute.find((r) => r.module === module)?.gzip, module).toBe(size.gzip);
    }
  });

  it('holds each route to its budget', () => {
    const over = everyRoute.flatMap((route) => {
      const floor = FLOOR_GZIP_KIB[familyFloor(route.module)]!;
      const actual = route.gzip / KIB;
      return actual > floor * OTHER_ROUTE_BUDGET_RATIO
        ? [
            `${route.module}: ${kib(route.gzip)} KiB > ${(floor * OTHER_ROUTE_BUDGET_RATIO).toFixed(2)} KiB (${route.files.join(', ')})`,
          ]
        : [];
    });
    expect(over).toEqual([]);
  });
});

/**
 * Files a first visit to /settings fetches before its content: the entry, the bundler's runtime,
 * the early requests' code and the auth client, the app chunk, the route module and the page with
 * its data layer and strings (vite.config.ts, the `settings` group). Each more file cost main-thread
 * time in both browsers and delayed Firefox's fxa_status answer (docs/performance.md, "Fewer
 * files"); a module the main page starts sharing with a sub-page would otherwise quietly split
 * into one more.
 */
const SETTINGS_FIRST_JS_FILES = 7;

describe('a first visit to /settings', () => {
  it(`names at most ${SETTINGS_FIRST_JS_FILES} JS files in its HTML`, () => {
    const html = fs.readFileSync(path.join(outDir, 'settings', 'index.html'), 'utf8');
    const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(files.length, files.join(', ')).toBeLessThanOrEqual(SETTINGS_FIRST_JS_FILES);
  });
});

describe('every page’s HTML', () => {
  // Firefox reuses the compiled bytecode of a page's module scripts from visit to visit, not of
  // preloaded modules (scripts/vite-plugin-route-preloads.ts).
  it.each(['index.html', 'settings/index.html', 'signin/index.html', 'authorization/index.html'])(
    '%s runs the entry, then the app chunk, then its page’s chunks as module scripts; preloads only the runtime, first',
    (page) => {
      const html = fs.readFileSync(path.join(outDir, page), 'utf8');
      const name = (file: string | undefined) => file?.replace(/-[\w-]{8}\.js$/, '');
      const scripts = [
        ...html.matchAll(
          /<script type="module" crossorigin (?:fetchpriority="high" )?src="\/assets\/([^"]+)"/g,
        ),
      ].map((m) => name(m[1]));
      expect(scripts.slice(0, 2)).toEqual(['index', 'start-app']);
      expect(scripts.length).toBeGreaterThan(2);
      const preloads = [
        ...html.matchAll(/rel="modulepreload" crossorigin href="\/assets\/([^"]+)"/g),
      ];
      expect(preloads.map((m) => name(m[1]))).toEqual(['rolldown-runtime']);
      // Named before the chunks, it is not left waiting for a connection behind them.
      const startApp = html.search(/<script[^>]*src="\/assets\/start-app-/);
      expect(preloads[0]!.index).toBeLessThan(startApp);
    },
  );
});
