// The production content server: the built SPA from memory, the client configuration, health
// checks and the CSP report sink, each response under one header policy (security-headers.ts).
import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  CLIENT_CONFIGURATION_CACHE_CONTROL,
  CLIENT_CONFIGURATION_PATH,
  clientConfiguration,
  inlineClientConfiguration,
} from './client-configuration.ts';
import { negotiateEncoding, precompress } from './compression.ts';
import type { ServiceUrls } from './config.ts';
import { type ReportLogger, receiveCspReport } from './csp-report.ts';
import {
  OPENID_CONFIGURATION_CACHE_CONTROL,
  OPENID_CONFIGURATION_PATH,
  openIdConfiguration,
} from './openid-configuration.ts';
import { hasDotSegment, isAssetPath, looksLikeFile, parseRequestPath } from './request-path.ts';
import {
  applySecurityHeaders,
  CSP_REPORT_PATH,
  contentSecurityPolicy,
} from './security-headers.ts';
import { loadStaticFiles, type StaticFile } from './static-files.ts';

export interface Logger extends ReportLogger {
  error(message: string, error?: unknown): void;
}

export interface ContentServerOptions {
  /** The `vite build` output; read once, at creation. */
  distDir: string;
  services: ServiceUrls;
  /** This server's public origin: the OpenID issuer (PUBLIC_URL). */
  publicUrl: string;
  log?: Logger;
}

const consoleLogger: Logger = {
  info: (message) => console.info(message),
  error: (message, error) => console.error(message, error),
};

/** Upstream answers both with `{}` (server/lib/routes/get-lbheartbeat.js, get-heartbeat.js). */
const HEARTBEAT_PATHS = new Set(['/__heartbeat__', '/__lbheartbeat__']);

const isHead = (req: IncomingMessage) => req.method === 'HEAD';

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: Buffer,
  headers: Record<string, string>,
): void {
  res.writeHead(status, { ...headers, 'Content-Length': String(body.length) });
  res.end(isHead(req) ? undefined : body);
}

function sendText(req: IncomingMessage, res: ServerResponse, status: number): void {
  const body = Buffer.from(`${http.STATUS_CODES[status] ?? 'Error'}\n`);
  send(req, res, status, body, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
}

function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  value: unknown,
  cacheControl: string,
): void {
  send(req, res, 200, Buffer.from(JSON.stringify(value)), {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': cacheControl,
  });
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => {
    const candidate = tag.trim();
    return candidate === '*' || candidate.replace(/^W\//, '') === opaque;
  });
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: StaticFile): void {
  const encoding = negotiateEncoding(req.headers['accept-encoding'], file.encoded);
  const headers: Record<string, string> = {
    'Content-Type': file.contentType,
    'Cache-Control': file.cacheControl,
  };
  // Caches must key on Accept-Encoding whenever a compressed variant exists, even for the
  // client that got identity.
  if (file.encoded.br || file.encoded.gzip) headers.Vary = 'Accept-Encoding';
  if (file.etag) headers.ETag = file.etag;
  if (file.etag && etagMatches(req.headers['if-none-match'], file.etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  const body = file.encoded[encoding] ?? file.encoded.identity;
  send(req, res, 200, body, headers);
}

export function createContentServer(options: ContentServerOptions): Server {
  const log = options.log ?? consoleLogger;
  const files = loadStaticFiles(options.distDir);
  const csp = contentSecurityPolicy(options.services);
  const config = clientConfiguration(options.services);
  const openId = openIdConfiguration(options.publicUrl, options.services);
  // The app reads its back-end URLs from the page before first render (app/config.ts).
  // Every HTML shell: index.html and the per-route copies that preload a route's chunks
  // (scripts/vite-plugin-route-preloads.ts, e.g. /settings/index.html).
  for (const [urlPath, file] of files) {
    if (!urlPath.endsWith('/index.html')) continue;
    const html = inlineClientConfiguration(file.encoded.identity.toString('utf8'), config);
    files.set(urlPath, { ...file, encoded: precompress(Buffer.from(html)) });
  }
  const indexHtml = files.get('/index.html')!;
  /** The shell for an app route: its first segment's own, else index.html (router paths ignore case). */
  const shellFor = (pathname: string): StaticFile => {
    const segment = pathname.split('/')[1]?.toLowerCase();
    return (segment && files.get(`/${segment}/index.html`)) || indexHtml;
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = parseRequestPath(req.url);
    // Headers first, so that every response below (errors included) carries them. An unparsable
    // path gets the strictest referrer policy, that of `/`.
    applySecurityHeaders(res, target.ok ? target.pathname : '/', csp);
    if (!target.ok) return sendText(req, res, 400);
    const { pathname } = target;

    if (pathname === CSP_REPORT_PATH) return receiveCspReport(req, res, log);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      // OPTIONS included: no CORS preflight is ever answered (RFC 9700 §2.6).
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(req, res, 405);
    }
    if (pathname === CLIENT_CONFIGURATION_PATH) {
      return sendJson(req, res, config, CLIENT_CONFIGURATION_CACHE_CONTROL);
    }
    if (pathname === OPENID_CONFIGURATION_PATH) {
      return sendJson(req, res, openId, OPENID_CONFIGURATION_CACHE_CONTROL);
    }
    if (HEARTBEAT_PATHS.has(pathname)) return sendJson(req, res, {}, 'no-store');

    const file = files.get(pathname);
    if (file) return sendFile(req, res, file);
    if (isAssetPath(pathname) || hasDotSegment(pathname) || looksLikeFile(pathname)) {
      return sendText(req, res, 404);
    }
    // Every other path is a client-side route; the app renders its own 404 page for unknown ones.
    return sendFile(req, res, shellFor(pathname));
  }

  return http.createServer({ requestTimeout: 30_000 }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      // Path only: query strings can carry codes and tokens (RFC 9700 §4.3.2).
      log.error(`${req.method} ${req.url?.split('?')[0]} failed`, error);
      if (res.headersSent) res.destroy();
      else sendText(req, res, 500);
    });
  });
}
