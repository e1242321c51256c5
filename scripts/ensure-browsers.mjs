#!/usr/bin/env node
// Installs the browsers the e2e suite drives, from Debian, when missing. Playwright's own
// downloads are unreachable here (and not wanted): tests use executablePath.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const wanted = [
  { bin: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium' },
  { bin: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
];
const missing = wanted.filter((b) => !fs.existsSync(b.bin)).map((b) => b.pkg);
if (missing.length === 0) process.exit(0);

console.info(`Installing ${missing.join(', ')} with apt (needed by the e2e suite)…`);
const asRoot = process.getuid?.() === 0;
const run = (args) =>
  execFileSync(asRoot ? args[0] : 'sudo', asRoot ? args.slice(1) : args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
try {
  run(['apt-get', 'update', '-qq']);
  run([
    'apt-get',
    'install',
    '-y',
    '-qq',
    '--no-install-recommends',
    ...missing,
    'fonts-dejavu-core',
  ]);
} catch (error) {
  console.error(`Could not install ${missing.join(', ')}: ${error.message}`);
  process.exit(1);
}
