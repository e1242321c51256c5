#!/usr/bin/env node
// `npm test`: lint, type check, unit tests, then the Playwright suite (Debian Chromium with the
// simulated device, and real firefox-esr). Ends with one "N passed, N failed" line for CI.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fxa-test-'));
const vitestJson = path.join(tmp, 'vitest.json');
const playwrightJson = path.join(tmp, 'playwright.json');
const bin = (name) => path.join('node_modules', '.bin', name);

const steps = [
  ['lint', bin('biome'), ['check', '.']],
  ['types', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  [
    'unit',
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
  ],
  ['browsers', process.execPath, ['scripts/ensure-browsers.mjs']],
  [
    'e2e',
    bin('playwright'),
    ['test', '--reporter=list,json'],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson },
  ],
];

let failedStep;
const timings = [];
for (const [name, cmd, args, env] of steps) {
  console.info(`\n== ${name}: ${[path.basename(cmd), ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  timings.push(`${name} ${Math.round((Date.now() - started) / 1000)} s`);
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
}

const counts = { passed: 0, failed: 0, skipped: 0 };
try {
  const v = JSON.parse(fs.readFileSync(vitestJson, 'utf8'));
  counts.passed += v.numPassedTests;
  counts.failed += v.numFailedTests;
  counts.skipped += v.numPendingTests + v.numTodoTests;
} catch {}
try {
  const p = JSON.parse(fs.readFileSync(playwrightJson, 'utf8'));
  counts.passed += p.stats.expected + p.stats.flaky;
  counts.failed += p.stats.unexpected;
  counts.skipped += p.stats.skipped;
} catch {}
fs.rmSync(tmp, { recursive: true, force: true });

console.info(`\nTime per step: ${timings.join(', ')}`);
if (failedStep) console.error(`\nnpm test: the ${failedStep} step failed.`);
console.info(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedStep || counts.failed > 0 ? 1 : 0);
