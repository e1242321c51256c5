#!/usr/bin/env node
// `npm start`: the whole local stack in one terminal. Builds the app, then runs each service
// with its output prefixed; Ctrl-C stops them all.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const env = {
  PORT: process.env.PORT ?? '3030',
  EMULATOR_PORT: process.env.EMULATOR_PORT ?? '9000',
  RELIER_PORT: process.env.RELIER_PORT ?? '8080',
  CHANNEL_PORT: process.env.CHANNEL_PORT ?? '8090',
};
// The app's pairing pages and Firefox talk to the local channel server unless told otherwise.
env.PAIRING_SERVER_BASE_URI =
  process.env.PAIRING_SERVER_BASE_URI ?? `ws://localhost:${env.CHANNEL_PORT}`;
const appOrigin = `http://localhost:${env.PORT}`;
const bin = (name) => path.join('node_modules', '.bin', name);

const build = spawnSync(bin('vite'), ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

/** Services that exist in this checkout (each issue adds its own). */
const services = [
  fs.existsSync('server/main.ts')
    ? { name: 'app', cmd: bin('tsx'), args: ['server/main.ts'] }
    : { name: 'app', cmd: bin('vite'), args: ['preview', '--port', env.PORT, '--strictPort'] },
  fs.existsSync('mocks/server/main.ts') && {
    name: 'emulator',
    cmd: bin('tsx'),
    args: ['mocks/server/main.ts'],
  },
  fs.existsSync('relier/main.ts') && { name: 'relier', cmd: bin('tsx'), args: ['relier/main.ts'] },
  fs.existsSync('server/channel-server/main.ts') && {
    name: 'channel',
    cmd: bin('tsx'),
    args: ['server/channel-server/main.ts'],
  },
].filter(Boolean);

const children = services.map(({ name, cmd, args }) => {
  const child = spawn(cmd, args, {
    env: { ...process.env, ...env, CONTENT_ORIGIN: appOrigin },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${name}] `;
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      for (const line of String(chunk).split('\n').filter(Boolean)) console.info(prefix + line);
    });
  }
  child.on('exit', (code) => {
    console.info(`${prefix}exited with ${code}`);
    shutdown(code ?? 1);
  });
  return child;
});

const relierLine = fs.existsSync('relier/main.ts')
  ? `\nDemo relier (Pocket-like, "Sign in with Firefox"): http://localhost:${env.RELIER_PORT}/`
  : '';
console.info(
  `\nMozilla accounts clone: ${appOrigin}  (settings: ${appOrigin}/settings)${relierLine}\n`,
);

let stopping = false;
function shutdown(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 300);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
