// The contract table (docs/auth-server-calls.md) stays complete and true: every path literal the
// app's auth client sends is listed there, every listed path is still sent, and the emulator
// serves every auth-server row (an unknown route answers 404 with errno 999, as upstream's does).
// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer } from '../mocks/server/start';

const root = path.resolve(import.meta.dirname, '..');
const clientDir = path.join(root, 'app/lib/auth-client');
const table = fs.readFileSync(path.join(root, 'docs/auth-server-calls.md'), 'utf8');

type Row = { server: 'auth' | 'profile'; method: string; path: string };

/** The rows of the two tables, by the heading they sit under. */
function tableRows(): Row[] {
  const rows: Row[] = [];
  let server: Row['server'] | null = null;
  for (const line of table.split('\n')) {
    if (line.startsWith('## Auth server')) server = 'auth';
    else if (line.startsWith('## Profile server')) server = 'profile';
    else if (line.startsWith('## ')) server = null;
    const m = /^\|\s*(GET|POST|DELETE|PATCH|PUT)\s*\|\s*`([^`]+)`\s*\|/.exec(line);
    if (server && m?.[1] && m[2]) rows.push({ server, method: m[1], path: m[2] });
  }
  return rows;
}

/** API path literals in the auth client (`'/x'`, `` `/x/${id}` ``), query and params normalised. */
function sentPaths(): Set<string> {
  const paths = new Set<string>();
  for (const file of fs.readdirSync(clientDir)) {
    if (!file.endsWith('.ts') || /\.(test|testutil)\.ts$/.test(file)) continue;
    const source = fs.readFileSync(path.join(clientDir, file), 'utf8');
    for (const m of source.matchAll(/['`](\/[a-z][A-Za-z0-9_\-/${}().?=]*)['`]/g)) {
      const literal = (m[1] as string).split('?')[0] as string;
      paths.add(literal.replace(/\$\{[^}]*\}/g, ':id'));
    }
  }
  return paths;
}

describe('docs/auth-server-calls.md', () => {
  const rows = tableRows();
  const listed = new Set(rows.map((r) => r.path));

  it('lists both servers', () => {
    expect(rows.filter((r) => r.server === 'auth').length).toBeGreaterThan(20);
    expect(rows.filter((r) => r.server === 'profile').length).toBeGreaterThan(3);
  });

  it('lists every path the auth client sends', () => {
    expect([...sentPaths()].filter((p) => !listed.has(p)).sort()).toEqual([]);
  });

  it('lists no path the auth client no longer sends', () => {
    const sent = sentPaths();
    expect([...listed].filter((p) => !sent.has(p)).sort()).toEqual([]);
  });

  describe('the emulator serves every auth-server row', () => {
    let origin = '';
    let stop: () => Promise<void> = async () => {};
    beforeAll(async () => {
      const running = await startEmulatorServer({ port: 0, hostname: '127.0.0.1' });
      origin = running.url;
      stop = running.close;
    });
    afterAll(() => stop());

    it.each(rows.filter((r) => r.server === 'auth'))('$method $path', async (row) => {
      const url = `${origin}/v1${row.path.replace(':id', '0123456789abcdef')}`;
      const res = await fetch(url, {
        method: row.method,
        headers: row.method === 'GET' ? {} : { 'content-type': 'application/json' },
        body: row.method === 'GET' ? undefined : '{}',
      });
      const body = (await res.json()) as { errno?: number };
      // Anything but "no such route": a refusal of the empty request is what a live route gives.
      expect({ status: res.status, errno: body.errno }).not.toEqual({ status: 404, errno: 999 });
    });

    it('and refuses a route that does not exist, as upstream does', async () => {
      const res = await fetch(`${origin}/v1/recovery_email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ errno: 999 });
    });
  });
});
