// In-process checks of what the HTTP contract cannot see well: the 302 of GET /v1/authorization,
// the CORS policy per route family, and construction options.

import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startEmulatorServer } from '../server/start.ts';
import { createEmulator } from './app.ts';

const E = 'http://localhost:9000';

function call(emu: ReturnType<typeof createEmulator>, path: string, init: RequestInit = {}) {
  return emu.app.fetch(new Request(E + path, init));
}

/** Status and lower-cased response headers of a request sent with exactly these headers. */
function rawRequest(
  url: string,
  method: string,
  headers: Record<string, string>,
): Promise<Record<string, string | undefined>> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      res.resume();
      const out: Record<string, string | undefined> = { status: String(res.statusCode) };
      for (const [k, v] of Object.entries(res.headers))
        out[k] = Array.isArray(v) ? v.join(', ') : v;
      res.on('end', () => resolve(out));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('emulator app', () => {
  it('GET /v1/authorization sends the browser to the content server with the same query', async () => {
    const emu = createEmulator({ contentOrigin: 'http://localhost:3030/' });
    const r = await call(emu, '/v1/authorization?client_id=dcdb5ae7add825d2&state=s&scope=profile');
    expect(r.status).toBe(302);
    expect(r.headers.get('location')).toBe(
      'http://localhost:3030/authorization?client_id=dcdb5ae7add825d2&state=s&scope=profile',
    );
  });

  it('CORS: the auth API answers listed origins only; OAuth/profile/discovery answer anyone', async () => {
    // Over a real socket: happy-dom's Request drops forbidden headers such as Origin.
    const running = await startEmulatorServer({
      port: 0,
      hostname: '127.0.0.1',
      corsOrigins: ['http://localhost:3030', 'http://app.test'],
    });
    try {
      const preflight = (path: string, origin: string) =>
        rawRequest(`${running.url}${path}`, 'OPTIONS', {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        });
      const listed = await preflight('/v1/account/login', 'http://app.test');
      expect(listed['access-control-allow-origin']).toBe('http://app.test');
      expect(listed['access-control-allow-headers']).toBe('authorization,content-type');
      expect(
        (await preflight('/v1/account/login', 'http://evil.test'))['access-control-allow-origin'],
      ).toBeUndefined();
      expect(
        (await preflight('/__emulator/reset', 'http://evil.test'))['access-control-allow-origin'],
      ).toBeUndefined();
      for (const path of [
        '/v1/token',
        '/profile/v1/profile',
        '/.well-known/openid-configuration',
      ]) {
        const open = await preflight(path, 'http://relier.test');
        expect(open['access-control-allow-origin']).toBe('http://relier.test');
      }
      // Error answers carry CORS headers too, so the app can read the errno and Retry-After.
      const error = await rawRequest(`${running.url}/v1/session/status`, 'GET', {
        origin: 'http://localhost:3030',
      });
      expect(error.status).toBe('401');
      expect(error['access-control-allow-origin']).toBe('http://localhost:3030');
      expect(error['access-control-expose-headers']).toContain('Retry-After');
    } finally {
      await running.close();
    }
  });

  it('no demo account when disabled; clients are always seeded', async () => {
    const emu = createEmulator({ demoAccount: false });
    await emu.ready;
    expect(emu.state.accounts.size).toBe(0);
    expect([...emu.state.clients.keys()].sort()).toEqual([
      '1b1a3e44c54fbb58',
      '325b4083e32fe8e7',
      '3c49430b43dfba77',
      '5882386c6d801776',
      '7c0a2f3e4d5b6a19',
      'a2270f727f45f648',
      'dcdb5ae7add825d2',
      'ea3ca969f8c6bb0d',
    ]);
  });

  it('the control API can be left out entirely', async () => {
    const emu = createEmulator({ controlApi: false });
    const r = await call(emu, '/__emulator/reset', { method: 'POST' });
    expect(r.status).toBe(404);
  });

  it('unknown paths are 404 in the auth-server envelope', async () => {
    const r = await call(createEmulator(), '/v1/nope');
    expect(r.status).toBe(404);
    expect(await r.json()).toMatchObject({ code: 404, errno: 999 });
  });
});
