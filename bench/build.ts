// Production builds of both apps, into bench/.work (gitignored), never into ./dist (the e2e suite
// and other people's builds use that).
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const WORK = path.join(ROOT, 'bench', '.work');
/** The floor's sources: read-only, shared by every project that measures against it. */
export const FLOOR_SOURCE = path.resolve(
  process.env.BENCH_FLOOR_DIR ?? path.join(ROOT, '..', 'shared', 'bench-floor'),
);

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`,
    );
  }
}

/** Copies without node_modules/dist and with writable modes (the source tree is read-only). */
function copyTree(from: string, to: string) {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const src = path.join(from, entry.name);
    const dest = path.join(to, entry.name);
    if (entry.isDirectory()) copyTree(src, dest);
    else fs.writeFileSync(dest, fs.readFileSync(src));
  }
}

const sha256 = (file: string) =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/**
 * The floor's index.html carries its own inline observer. The bench injects one observer into
 * both apps instead (ours forbids inline scripts), so the floor's is removed: two observers
 * would slow the floor down and fight over `window.__perf`. Its main.tsx still writes its own
 * marks (`boot`, `wc_sent`, …) into the injected `window.__perf`.
 */
function stripInlineObserver(indexHtml: string) {
  const html = fs.readFileSync(indexHtml, 'utf8');
  const stripped = html.replace(/<script>(?:(?!<\/script>)[\s\S])*<\/script>\s*/, '');
  if (stripped === html) throw new Error(`no inline observer found in ${indexHtml}`);
  fs.writeFileSync(indexHtml, stripped);
}

/** Copies the floor to bench/.work/floor, installs it (cached by package-lock hash), builds. */
export function buildFloor(log: (line: string) => void): string {
  if (!fs.existsSync(path.join(FLOOR_SOURCE, 'package.json'))) {
    throw new Error(`floor sources not found at ${FLOOR_SOURCE} (set BENCH_FLOOR_DIR)`);
  }
  const dir = path.join(WORK, 'floor');
  for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    if (entry !== 'node_modules')
      fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
  }
  copyTree(FLOOR_SOURCE, dir);
  const stamp = path.join(dir, 'node_modules', '.bench-lock-sha256');
  const lockHash = sha256(path.join(dir, 'package-lock.json'));
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== lockHash) {
    log('floor: npm ci (first run, or its package-lock changed)…');
    run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], dir);
    fs.writeFileSync(stamp, lockHash);
  }
  stripInlineObserver(path.join(dir, 'index.html'));
  return viteBuildFloor('dist', {});
}

function viteBuildFloor(outDir: string, env: NodeJS.ProcessEnv): string {
  const dir = path.join(WORK, 'floor');
  run(
    process.execPath,
    [path.join(dir, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', outDir],
    dir,
    { NODE_ENV: 'production', ...env },
  );
  return path.join(dir, outDir);
}

/**
 * The floor with its API on another origin, as production has it (its README: VITE_API_ORIGIN).
 * After buildFloor, which prepares bench/.work/floor.
 */
export function buildFloorCrossOrigin(apiOrigin: string): string {
  return viteBuildFloor('dist-xo', { VITE_API_ORIGIN: apiOrigin });
}

/**
 * Builds our app with its auth/OAuth/profile servers at `apiOrigin`: the bench server's own origin
 * like the floor (same-origin API, no CORS preflights on either side), or the API-only server on
 * another origin (the production shape). Either way bench/fake-api.ts answers and counts them.
 */
export function buildApp(apiOrigin: string, outName = 'app-dist'): string {
  const outDir = path.join(WORK, outName);
  run(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    ROOT,
    {
      NODE_ENV: 'production',
      VITE_AUTH_SERVER_URL: `${apiOrigin}/auth/v1`,
      VITE_OAUTH_SERVER_URL: `${apiOrigin}/auth/v1`,
      VITE_PROFILE_SERVER_URL: `${apiOrigin}/profile/v1`,
    },
  );
  return outDir;
}
