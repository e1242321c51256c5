// The direction of imports, checked on every `npm test` so a new flow cannot quietly undo it
// (bulletproof-react's rule: features never import each other, nor the routes that compose them;
// shared code never imports a feature). And the emulator checks the client rather than reusing it:
// its protocol code is its own (mocks/emulator/server-crypto.ts), so it imports nothing from app/.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .flatMap((entry) => {
      if (!entry.isFile() || !/\.(ts|tsx)$/.test(entry.name)) return [];
      if (/\.(test|testutil)\.tsx?$/.test(entry.name)) return [];
      return [path.relative(root, path.join(entry.parentPath, entry.name))];
    });
}

/** Every relative import of a file, resolved to a repository path. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const specifiers = [
    ...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] as string);
  return specifiers
    .filter((s) => s.startsWith('.'))
    .map((s) => path.relative(root, path.resolve(path.dirname(path.join(root, file)), s)));
}

const featureOf = (p: string) => /^app\/features\/([^/]+)\//.exec(p)?.[1];

function violations(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles('app')) {
    const from = featureOf(file);
    for (const target of importsOf(file)) {
      if (from && target.startsWith('app/routes/')) {
        found.push(`${file} → ${target} (feature ${from} imports the route tables)`);
      }
      const to = featureOf(`${target}/`) ?? featureOf(target);
      if (!to) continue;
      if (from && from !== to) found.push(`${file} → ${target} (feature ${from} imports ${to})`);
      if (!from && !file.startsWith('app/routes/') && file !== 'app/router.tsx') {
        found.push(`${file} → ${target} (shared code imports feature ${to})`);
      }
    }
  }
  for (const file of sourceFiles('mocks')) {
    for (const target of importsOf(file)) {
      if (target.startsWith('app/')) found.push(`${file} → ${target} (the emulator imports app)`);
    }
  }
  return found.sort();
}

describe('import direction', () => {
  it('features import no other feature, shared code no feature, the emulator nothing of app/', () => {
    expect([...new Set(violations())]).toEqual([]);
  });
});
