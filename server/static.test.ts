// Serving the build over real HTTP: caching, compression, SPA fallback versus 404, HEAD, 405 and
// the file-system boundary.
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ENTRY_JS,
  INDEX_HTML,
  isIndexHtml,
  PNG,
  type RunningServer,
  request,
  SECRET,
  SETTINGS_PRELOAD,
  startServer,
} from './test-support.ts';

const ENTRY = '/assets/index-Ab12Cd34.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const get = (target: string, headers: Record<string, string> = {}) =>
  request(server.port, target, { headers });

describe('caching', () => {
  it('hashed assets are immutable for a year', async () => {
    const res = await get(ENTRY);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.body.toString()).toBe(ENTRY_JS);
  });

  it.each(['/', '/index.html', '/settings'])('HTML at %s is never stored', async (route) => {
    const res = await get(route);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers.etag).toBeUndefined();
  });

  it('unhashed public files are revalidated with their ETag', async () => {
    const first = await get('/favicon.svg');
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.headers['content-type']).toBe('image/svg+xml');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    const again = await get('/favicon.svg', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await get('/favicon.svg', { 'If-None-Match': 'W/"other"' })).status).toBe(200);
  });
});

describe('compression', () => {
  it('serves brotli when offered, and it decodes to the file', async () => {
    const res = await get(ENTRY, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(ENTRY_JS.length / 4);
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(ENTRY_JS);
  });

  it('serves gzip to a client without brotli', async () => {
    const res = await get('/signin', { 'Accept-Encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(isIndexHtml(zlib.gunzipSync(res.body).toString())).toBe(true);
  });

  it.each([
    ['no Accept-Encoding', undefined],
    ['identity only', 'identity'],
    ['both refused with q=0', 'br;q=0, gzip;q=0'],
    ['an unknown coding', 'compress'],
  ])('serves the plain file for %s, still with Vary', async (_label, acceptEncoding) => {
    const res = await get(ENTRY, acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {});
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.body.toString()).toBe(ENTRY_JS);
  });

  it.each([
    ['br;q=0.5, gzip;q=0.9', 'gzip'],
    ['br;q=0, *', 'gzip'],
    ['*', 'br'],
    ['x-gzip', 'gzip'],
    ['GZIP;Q=1', 'gzip'],
  ])('honours preferences: %s → %s', async (acceptEncoding, expected) => {
    const res = await get(ENTRY, { 'Accept-Encoding': acceptEncoding });
    expect(res.headers['content-encoding']).toBe(expected);
  });

  it('never recompresses a PNG', async () => {
    const res = await get('/assets/logo-Ef56Gh78.png', { 'Accept-Encoding': 'br, gzip' });
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toBeUndefined();
    expect(res.body.equals(PNG)).toBe(true);
  });
});

describe('SPA fallback versus 404', () => {
  it.each([
    '/',
    '/signin',
    '/settingsx',
    '/authorization?client_id=dcdb5ae7add825d2&redirect_uri=https%3A%2F%2Fx.example%2Fa.b',
    '/no/such/route',
    '//evil.example/path',
    '/legal/terms',
    '/fr/legal/privacy',
  ])('app route %s gets index.html', async (route) => {
    const res = await get(route);
    expect(res.status).toBe(200);
    expect(isIndexHtml(res.body.toString())).toBe(true);
  });

  it.each(['/settings', '/settings/', '/settings/avatar', '/Settings/Display_Name'])(
    '%s gets the settings shell: index.html that preloads its chunks, configuration inlined',
    async (route) => {
      const body = (await get(route)).body.toString();
      expect(body).toContain(SETTINGS_PRELOAD);
      expect(body).toContain('fxa-client-configuration');
      expect(
        body
          .replace(SETTINGS_PRELOAD, '')
          .replace(/<script type="application\/json".*?<\/script>\n {2}/s, ''),
      ).toBe(INDEX_HTML);
    },
  );

  it.each([
    ['an unknown hashed asset', '/assets/index-Zz99Zz99.js'],
    ['an extensionless asset path', '/assets/chunk'],
    ['the assets folder', '/assets/'],
    ['a file-like path', '/wp-login.php'],
    ['a file under a route', '/settings/config.json'],
    ['a favicon we do not ship', '/favicon.ico'],
    ['the build manifest', '/.vite/manifest.json'],
    ['a dotfile', '/.env'],
    ['a dot-directory', '/.git/config'],
    ['another well-known document', '/.well-known/security.txt'],
    ['a symlink out of dist', '/linked.txt'],
  ])('%s is a plain 404, never index.html', async (_label, route) => {
    const res = await get(route);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.toString()).toBe('Not Found\n');
  });
});

describe('methods', () => {
  it('HEAD answers the GET headers without a body', async () => {
    const [head, full] = await Promise.all([
      request(server.port, ENTRY, { method: 'HEAD', headers: { 'Accept-Encoding': 'br' } }),
      get(ENTRY, { 'Accept-Encoding': 'br' }),
    ]);
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(full.headers['content-length']);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['cache-control']).toBe(full.headers['cache-control']);
  });

  it('HEAD of an app route describes index.html', async () => {
    const res = await request(server.port, '/signin', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe(
      String((await get('/index.html')).headers['content-length']),
    );
    expect(res.body.length).toBe(0);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE'])(
    '%s is refused with 405 and Allow',
    async (method) => {
      const res = await request(server.port, '/signin', { method, body: 'x=1' });
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
      expect(res.body.toString()).toBe('Method Not Allowed\n');
    },
  );
});

describe('no way out of dist/', () => {
  it.each([
    ['dot-dot', '/../secret.txt', 404],
    ['dot-dot to package.json', '/../package.json', 404],
    ['deep dot-dot', '/assets/../../../secret.txt', 404],
    ['encoded dots', '/%2e%2e/secret.txt', 404],
    ['mixed-case encoded dots', '/assets/%2E%2e/%2e%2E/package.json', 404],
    ['encoded slash', '/..%2fsecret.txt', 400],
    ['encoded slashes in assets', '/assets/..%2f..%2fpackage.json', 400],
    ['double-encoded', '/%252e%252e/secret.txt', 404],
    ['encoded backslash', '/..%5csecret.txt', 400],
    ['NUL byte', '/index.html%00.js', 400],
    ['broken escape', '/%e0%a4%a', 400],
    ['absolute-form target', 'http://127.0.0.1/../secret.txt', 400],
  ])('%s (%s) → %i, no content from outside', async (_label, target, status) => {
    const res = await get(target);
    expect(res.status).toBe(status);
    expect(res.body.toString()).not.toContain(SECRET);
  });
});

describe('faults', () => {
  it('answers many parallel requests on one server', async () => {
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => get(i % 2 ? ENTRY : `/signin?n=${i}`)),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
  });

  it('logs nothing for ordinary traffic', () => {
    expect(server.logs).toEqual([]);
  });
});
