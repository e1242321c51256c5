// What the production build must not contain (security reference A16; ASVS 14.3.3): the simulated
// Firefox (mocks/device/simulator.ts) and the dev tools that install it, the in-browser emulator
// and its MSW service worker, and any WebChannel event recorder (upstream's saveEventForTests
// wrote sessionToken-bearing messages to sessionStorage.webChannelEvents). Each marker is first
// found in the source it stands for, so a renamed string cannot make this pass silently.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
let outDir = '';
let shipped = '';

/** A string each dev-only module holds, and the module. */
const MARKERS: [what: string, marker: string, source: string | null][] = [
  ['the simulated device', 'TypeError: target is undefined', 'mocks/device/simulator.ts'],
  ['the dev tools that install it', 'fxa-dev-device', 'app/dev-tools.ts'],
  ['the in-browser emulator (MSW)', 'mockServiceWorker', 'mocks/msw/browser.ts'],
  ['the emulator control API', '/__emulator', 'mocks/emulator/control-routes.ts'],
  // Upstream's key; nothing here writes it, and nothing ever should.
  ['a WebChannel event recorder', 'webChannelEvents', null],
];

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)],
    );
}

beforeAll(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fxa-production-build-'));
  // A child process with NODE_ENV=production, as the bundle-size test explains: vitest's
  // NODE_ENV=test would build something else.
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
  shipped = filesUnder(outDir)
    .filter((f) => /\.(js|html|css|json|webmanifest)$/.test(f))
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');
}, 180_000);

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

describe('the production build', () => {
  it('was built (the app entry is there)', () => {
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(true);
    expect(shipped).toContain('account_updates');
  });

  it.each(MARKERS)('holds nothing of %s', (_what, marker, source) => {
    if (source) expect(fs.readFileSync(path.join(root, source), 'utf8')).toContain(marker);
    expect(shipped).not.toContain(marker);
  });

  it('ships no service worker file (public/mockServiceWorker.js is dev-only)', () => {
    expect(fs.existsSync(path.join(root, 'public', 'mockServiceWorker.js'))).toBe(true);
    expect(filesUnder(outDir).map((f) => path.basename(f))).not.toContain('mockServiceWorker.js');
  });

  it('ships no Vite preload helper (scripts/vite-plugin-plain-dynamic-imports.ts)', () => {
    const vite = path.join(root, 'node_modules', 'vite', 'dist', 'node', 'chunks', 'node.js');
    expect(fs.readFileSync(vite, 'utf8')).toContain('vite:preloadError');
    const withHelper = filesUnder(outDir).filter(
      (f) => f.endsWith('.js') && fs.readFileSync(f, 'utf8').includes('vite:preloadError'),
    );
    expect(withHelper.map((f) => path.basename(f))).toEqual([]);
  });

  it('ships no source maps', () => {
    expect(filesUnder(outDir).filter((f) => f.endsWith('.map'))).toEqual([]);
  });
});
