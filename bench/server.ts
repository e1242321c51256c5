// One static server for both apps, so neither gets a better server than the other. It behaves
// like the floor's own server.mjs: every file precompressed once at start (brotli q11, gzip -9),
// brotli when accepted, SPA fallback to index.html, hashed assets `immutable`, the rest
// `no-cache`. It also answers the fake API (bench/fake-api.ts) and counts API requests. With no
// build (`startServer(null, port)`) it is the API alone on its own origin, answering CORS as the
// floor's server.mjs does: the production shape, where every authorized request is preflighted.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { isApiPath, serveApi } from './fake-api.ts';

type StaticFile = { raw: Buffer; gzip: Buffer; br: Buffer; type: string };

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ftl': 'text/plain; charset=utf-8',
};

export type ApiStats = { byPath: Record<string, number>; unknown: Record<string, number> };

/** One API exchange as the server saw it (performance.now() of the bench process). */
export type ApiEvent = { method: string; path: string; start: number; end: number };

export type BenchServer = {
  origin: string;
  stats: ApiStats;
  /** Every API exchange, preflights included, in arrival order. */
  events: ApiEvent[];
  /** Added before every answer (files, API and preflights alike): a network profile. */
  setLatency: (ms: number) => void;
  close: () => Promise<void>;
};

function loadFiles(dist: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else {
        const raw = fs.readFileSync(p);
        files.set(`/${path.relative(dist, p).split(path.sep).join('/')}`, {
          raw,
          gzip: zlib.gzipSync(raw, { level: 9 }),
          br: zlib.brotliCompressSync(raw, {
            params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
          }),
          type: TYPES[path.extname(p)] ?? 'application/octet-stream',
        });
      }
    }
  };
  walk(dist);
  return files;
}

function handler(
  files: Map<string, StaticFile> | null,
  stats: ApiStats,
  events: ApiEvent[],
): http.RequestListener {
  const index = files?.get('/index.html');
  if (files && !index) throw new Error('the build has no index.html');
  return (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://bench');
    if (!files || isApiPath(pathname)) {
      const event = {
        method: req.method ?? 'GET',
        path: pathname,
        start: performance.now(),
        end: 0,
      };
      events.push(event);
      res.once('finish', () => {
        event.end = performance.now();
      });
      // Another origin's page (production's shape): CORS as the floor's server.mjs answers it,
      // preflights included, so both apps pay the same preflights.
      const origin = req.headers.origin;
      if (!files && origin) {
        res.setHeader('access-control-allow-origin', origin);
        res.setHeader('vary', 'origin');
        if (req.method === 'OPTIONS') {
          res.writeHead(204, {
            'access-control-allow-methods': 'GET, POST',
            'access-control-allow-headers': 'authorization, content-type',
          });
          res.end();
          return;
        }
      }
      if (req.method !== 'OPTIONS') {
        const key = `${req.method} ${pathname}`;
        stats.byPath[key] = (stats.byPath[key] ?? 0) + 1;
      }
      serveApi(req, res, pathname).then(
        (answer) => {
          const key = `${req.method} ${pathname}`;
          if (req.method !== 'OPTIONS' && answer.status === 404)
            stats.unknown[key] = (stats.unknown[key] ?? 0) + 1;
        },
        // The browser went away mid-request (a closed context): nothing to answer.
        () => res.destroy(),
      );
      return;
    }
    if (!index) return;
    const found = files.get(pathname);
    // As nginx's `try_files $uri $uri/index.html /index.html`: a route's own shell when the build
    // has one (ours has /settings/index.html, scripts/vite-plugin-route-preloads.ts), else the SPA.
    const file = found ?? files.get(`${pathname.replace(/\/$/, '')}/index.html`) ?? index;
    const immutable = !!found && pathname.startsWith('/assets/');
    const accept = String(req.headers['accept-encoding'] ?? '');
    const enc = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : 'identity';
    const body = enc === 'br' ? file.br : enc === 'gzip' ? file.gzip : file.raw;
    const headers: http.OutgoingHttpHeaders = {
      'content-type': file.type,
      'content-length': body.length,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
    };
    if (enc !== 'identity') headers['content-encoding'] = enc;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Serves `dist` on http://localhost:<port>. Real Firefox only opens the WebChannel for the exact
 * origin in `identity.fxaccounts.remote.root`, so the origin is `localhost`, and the server listens
 * on both loopback addresses so neither browser pays for a refused IPv6 attempt.
 */
export async function startServer(dist: string | null, port: number): Promise<BenchServer> {
  const files = dist === null ? null : loadFiles(dist);
  const stats: ApiStats = { byPath: {}, unknown: {} };
  const events: ApiEvent[] = [];
  const answer = handler(files, stats, events);
  let latencyMs = 0;
  const onRequest: http.RequestListener = (req, res) => {
    if (latencyMs === 0) return answer(req, res);
    setTimeout(() => {
      // A request its browser abandoned while it waited (a closed context) is not answered.
      if (!req.destroyed && !res.destroyed) answer(req, res);
    }, latencyMs);
  };
  const servers = [http.createServer(onRequest)];
  try {
    await listen(servers[0]!, port, '127.0.0.1');
  } catch (error) {
    throw new Error(
      `port ${port} is not free (set BENCH_FLOOR_PORT, BENCH_APP_PORT, BENCH_RELIER_PORT): ${String(error)}`,
    );
  }
  const v6 = http.createServer(onRequest);
  try {
    await listen(v6, port, '::1');
    servers.push(v6);
  } catch {
    // No IPv6 loopback on this machine: localhost resolves to 127.0.0.1 only.
  }
  return {
    origin: `http://localhost:${port}`,
    stats,
    events,
    setLatency: (ms) => {
      latencyMs = ms;
    },
    close: async () => {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections();
              s.close(() => resolve());
            }),
        ),
      );
    },
  };
}
