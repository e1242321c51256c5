// Shared by server/*.test.ts: a small fixture build in a temp folder (the tests must not depend
// on `vite build`), a real server on port 0, and a raw HTTP client. The client is node:http, not
// fetch: fetch normalises `/../` away and would hide the traversal attempts under test.
import fs from 'node:fs';
import http, { type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type ContentServerOptions, createContentServer, type Logger } from './app.ts';
import { readConfig } from './config.ts';

export const INDEX_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Mozilla accounts</title><script type="module" src="/assets/index-Ab12Cd34.js"></script>
</head><body><div id="root"></div>${'<!-- padding so that compression pays -->'.repeat(20)}
</body></html>`;
/** The built page, as served: the server adds the client configuration to its <head>. */
export const isIndexHtml = (body: string) =>
  body.startsWith(INDEX_HTML.slice(0, INDEX_HTML.indexOf('</head>'))) &&
  body.endsWith(INDEX_HTML.slice(INDEX_HTML.indexOf('</head>')));
/** A route's own shell (scripts/vite-plugin-route-preloads.ts): index.html plus preloads. */
export const SETTINGS_PRELOAD = '<link rel="modulepreload" href="/assets/settings-Zz11Yy22.js">';
export const SETTINGS_HTML = INDEX_HTML.replace('</head>', `${SETTINGS_PRELOAD}</head>`);
export const ENTRY_JS = `export const greeting = ${JSON.stringify('hello '.repeat(400))};\n`;
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
export const SECRET = 'outside-dist secret';

/** temp/dist holds the build; temp/secret.txt and temp/package.json sit just outside it. */
export function createFixtureDist(): { root: string; dist: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-server-'));
  const dist = path.join(root, 'dist');
  const write = (file: string, body: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    fs.writeFileSync(path.join(dist, file), body);
  };
  write('index.html', INDEX_HTML);
  write('settings/index.html', SETTINGS_HTML);
  write('assets/index-Ab12Cd34.js', ENTRY_JS);
  write('assets/logo-Ef56Gh78.png', PNG);
  write('favicon.svg', `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(50)}</svg>`);
  write('.vite/manifest.json', '{"secret": "build manifest"}');
  fs.writeFileSync(path.join(root, 'secret.txt'), SECRET);
  fs.writeFileSync(path.join(root, 'package.json'), `{"name": "${SECRET}"}`);
  fs.symlinkSync(path.join(root, 'secret.txt'), path.join(dist, 'linked.txt'));
  return { root, dist };
}

export interface RunningServer {
  port: number;
  logs: string[];
  close: () => Promise<void>;
}

/** Captures log lines: the vitest setup turns any console.error into a failure. */
function memoryLogger(lines: string[]): Logger {
  return {
    info: (message) => lines.push(message),
    error: (message, error) => lines.push(`ERROR ${message} ${String(error)}`),
  };
}

export async function startServer(
  overrides: Partial<ContentServerOptions> & { env?: Record<string, string> } = {},
): Promise<RunningServer & { dist: string }> {
  const { env = {}, ...options } = overrides;
  const { root, dist } = createFixtureDist();
  const logs: string[] = [];
  const server: Server = createContentServer({
    distDir: dist,
    services: readConfig(env).services,
    publicUrl: readConfig(env).publicUrl,
    log: memoryLogger(logs),
    ...options,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    dist,
    logs,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** Sends `target` byte for byte (no normalisation) and collects the whole response. */
export function request(port: number, target: string, init: RawRequest = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      // agent: false, a connection per request: no test inherits another's half-read socket.
      {
        host: '127.0.0.1',
        port,
        path: target,
        method: init.method ?? 'GET',
        headers: init.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}
