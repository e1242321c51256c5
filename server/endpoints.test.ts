// The server's own endpoints over real HTTP: Firefox's client configuration, the heartbeats and
// the CSP report sink.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REPORT_BYTES } from './csp-report.ts';
import { type RunningServer, request, startServer } from './test-support.ts';

describe('/.well-known/fxa-client-configuration', () => {
  it('points at the local emulator by default, without the /v1 Firefox appends', async () => {
    const server = await startServer({ env: { EMULATOR_PORT: '9321' } });
    try {
      const res = await request(server.port, '/.well-known/fxa-client-configuration');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.headers['cache-control']).toBe('public, max-age=86400');
      expect(JSON.parse(res.body.toString())).toEqual({
        auth_server_base_url: 'http://localhost:9321',
        oauth_server_base_url: 'http://localhost:9321',
        profile_server_base_url: 'http://localhost:9321/profile',
        sync_tokenserver_base_url: 'http://localhost:8000/token',
        pairing_server_base_uri: 'wss://channelserver.services.mozilla.com',
      });
    } finally {
      await server.close();
    }
  });

  it('follows the environment', async () => {
    const server = await startServer({
      env: {
        AUTH_SERVER_URL: 'https://api.accounts.example/v1/',
        OAUTH_SERVER_URL: 'https://oauth.accounts.example',
        PROFILE_SERVER_URL: 'https://profile.accounts.example/v1',
        SYNC_TOKENSERVER_URL: 'https://token.services.example',
        PAIRING_SERVER_BASE_URI: 'wss://channel.accounts.example',
      },
    });
    try {
      const res = await request(server.port, '/.well-known/fxa-client-configuration');
      expect(JSON.parse(res.body.toString())).toEqual({
        auth_server_base_url: 'https://api.accounts.example',
        oauth_server_base_url: 'https://oauth.accounts.example',
        profile_server_base_url: 'https://profile.accounts.example',
        sync_tokenserver_base_url: 'https://token.services.example',
        pairing_server_base_uri: 'wss://channel.accounts.example',
      });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain(
        "connect-src 'self' https://api.accounts.example https://oauth.accounts.example https://profile.accounts.example wss://channel.accounts.example https://channel.accounts.example;",
      );
    } finally {
      await server.close();
    }
  });
});

describe('the client configuration inlined into every page', () => {
  const inlined = (html: string) =>
    /<script type="application\/json" id="fxa-client-configuration">([^<]*)<\/script>\s*<\/head>/.exec(
      html,
    )?.[1];

  it('matches the well-known document, in <head>, for each app route', async () => {
    const server = await startServer({ env: { EMULATOR_PORT: '9321' } });
    try {
      const document = (await request(server.port, '/.well-known/fxa-client-configuration')).body;
      for (const route of ['/', '/signin', '/authorization?client_id=x', '/index.html']) {
        const html = (await request(server.port, route)).body.toString();
        expect(html.match(/fxa-client-configuration/g), route).toHaveLength(1);
        expect(JSON.parse(inlined(html) ?? 'null'), route).toEqual(JSON.parse(String(document)));
      }
    } finally {
      await server.close();
    }
  });

  it('cannot be broken out of by a configured value (reference C8)', async () => {
    const hostile = 'wss://x.example/</script><script>alert(1)</script><!--&\u2028';
    const server = await startServer({ env: { PAIRING_SERVER_BASE_URI: hostile } });
    try {
      const html = (await request(server.port, '/signin')).body.toString();
      expect(html).not.toContain('<script>alert(1)');
      expect(inlined(html)).not.toMatch(/[<>&\u2028]/);
      expect(html.match(/<\/script>/g)).toHaveLength(2); // the data block's and the entry's
      expect(JSON.parse(inlined(html) ?? 'null').pairing_server_base_uri).toBe(hostile);
    } finally {
      await server.close();
    }
  });
});

describe('shared server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it.each(['/__heartbeat__', '/__lbheartbeat__'])('%s answers {} uncached', async (route) => {
    const res = await request(server.port, route);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(res.body.toString())).toEqual({});
  });

  it('the client configuration answers HEAD and refuses POST', async () => {
    const head = await request(server.port, '/.well-known/fxa-client-configuration', {
      method: 'HEAD',
    });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const post = await request(server.port, '/.well-known/fxa-client-configuration', {
      method: 'POST',
    });
    expect(post.status).toBe(405);
  });

  describe('CSP reports (/_/csp-violation)', () => {
    const report = (fields: Record<string, unknown>) => JSON.stringify({ 'csp-report': fields });
    const post = (body: string, type = 'application/csp-report') =>
      request(server.port, '/_/csp-violation', {
        method: 'POST',
        headers: { 'Content-Type': type },
        body,
      });

    it('accepts a report and logs it without query strings or fragments', async () => {
      const res = await post(
        report({
          'document-uri': 'http://localhost:3030/authorization?code=SECRETCODE&state=s#frag',
          'violated-directive': 'script-src-elem',
          'effective-directive': 'script-src-elem',
          'blocked-uri': 'https://cdn.evil.example/x.js?token=SECRETTOKEN',
          'source-file': 'http://localhost:3030/signin?email=a%40b.example',
          referrer: '',
        }),
      );
      expect(res.status).toBe(204);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      const line = server.logs.at(-1) ?? '';
      expect(line).toBe(
        'csp-violation directive=script-src-elem blocked=https://cdn.evil.example/x.js ' +
          'document=http://localhost:3030/authorization source=http://localhost:3030/signin',
      );
      expect(line).not.toMatch(/SECRET|a%40b/);
    });

    it('keeps keyword sources such as inline', async () => {
      const res = await post(
        report({
          'document-uri': 'http://localhost:3030/',
          'violated-directive': 'style-src',
          'blocked-uri': 'inline',
        }),
        'application/json',
      );
      expect(res.status).toBe(204);
      expect(server.logs.at(-1)).toBe(
        'csp-violation directive=style-src blocked=inline document=http://localhost:3030/ source=',
      );
    });

    it.each([
      ['not JSON', '{csp', 'application/csp-report', 400],
      ['JSON without a report', '{"hello":1}', 'application/csp-report', 400],
      [
        'a report without a directive',
        report({ 'blocked-uri': 'x' }),
        'application/csp-report',
        400,
      ],
      ['the wrong content type', report({ 'violated-directive': 'x' }), 'text/plain', 415],
    ])('refuses %s', async (_label, body, type, status) => {
      const before = server.logs.length;
      const res = await post(body, type);
      expect(res.status).toBe(status);
      expect(server.logs.length).toBe(before);
    });

    it('refuses an oversized body by its Content-Length', async () => {
      const res = await post('x'.repeat(MAX_REPORT_BYTES + 1));
      expect(res.status).toBe(413);
    });

    it('refuses an oversized chunked body while reading it', async () => {
      const res = await request(server.port, '/_/csp-violation', {
        method: 'POST',
        headers: { 'Content-Type': 'application/csp-report', 'Transfer-Encoding': 'chunked' },
        body: 'x'.repeat(MAX_REPORT_BYTES + 1),
      });
      expect(res.status).toBe(413);
      expect(res.headers.connection).toBe('close');
    });

    it('survives a reporter that hangs up mid-body, and logs the path only', async () => {
      const socket = net.connect(server.port, '127.0.0.1');
      await new Promise<void>((resolve) => socket.once('connect', resolve));
      socket.write(
        'POST /_/csp-violation?token=SECRETTOKEN HTTP/1.1\r\nHost: x\r\n' +
          'Content-Type: application/csp-report\r\nContent-Length: 1000\r\n\r\n{"csp-rep',
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      socket.destroy();
      await expect.poll(() => server.logs.at(-1)).toMatch(/^ERROR POST \/_\/csp-violation failed/);
      expect(server.logs.join('\n')).not.toContain('SECRETTOKEN');
      // And keeps serving.
      expect((await request(server.port, '/__lbheartbeat__')).status).toBe(200);
    });

    it('refuses GET', async () => {
      const res = await request(server.port, '/_/csp-violation');
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('POST');
    });
  });
});
