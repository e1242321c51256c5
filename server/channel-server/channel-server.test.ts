// @vitest-environment node
// The local channel server against the channelserver protocol (pairing.md §3), with raw `ws`
// clients for the framing and with fxa-pairing-channel on both ends for the encrypted session.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { type ChannelServer, startChannelServer } from './channel-server';
import { loadPairingChannel, nextEvent } from './pairing-channel-node.testutil';

let server: ChannelServer;
const open: WebSocket[] = [];

beforeEach(async () => {
  server = await startChannelServer({ geo: { city: 'Lyon', country: 'France' } });
});
afterEach(async () => {
  for (const s of open.splice(0)) s.terminate();
  await server.close();
});

type Client = { socket: WebSocket; frames: string[]; closed: Promise<void> };

async function client(path: string, headers: Record<string, string> = {}): Promise<Client> {
  const socket = new WebSocket(server.url + path, { headers });
  open.push(socket);
  const frames: string[] = [];
  socket.on('message', (data) => frames.push(data.toString()));
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return { socket, frames, closed };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('channel server', () => {
  it('creates a channel at /v1/ws/, joins it by id; both first get {link, channelid}', async () => {
    const creator = await client('/v1/ws/');
    await until(() => creator.frames.length === 1);
    const first = JSON.parse(creator.frames[0] as string);
    expect(first.channelid).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(first).toEqual({ link: `/v1/ws/${first.channelid}`, channelid: first.channelid });
    const joiner = await client(`/v1/ws/${first.channelid}`);
    await until(() => joiner.frames.length === 1);
    expect(JSON.parse(joiner.frames[0] as string)).toEqual(first);
    expect(server.channels()).toEqual([first.channelid]);
  });

  it('relays trimmed text to the other parties with the sender; binary is ignored', async () => {
    const creator = await client('/v1/ws/');
    await until(() => creator.frames.length === 1);
    const { channelid } = JSON.parse(creator.frames[0] as string);
    const joiner = await client(`/v1/ws/${channelid}`, { 'user-agent': 'Phone/1.0' });
    await until(() => joiner.frames.length === 1);
    joiner.socket.send(Buffer.from([1, 2, 3]), { binary: true });
    joiner.socket.send('  hello  ');
    await until(() => creator.frames.length === 2);
    expect(JSON.parse(creator.frames[1] as string)).toEqual({
      message: 'hello',
      sender: {
        ua: 'Phone/1.0',
        remote: expect.stringMatching(/127\.0\.0\.1|::1/),
        city: 'Lyon',
        country: 'France',
      },
    });
    expect(joiner.frames).toHaveLength(1); // not echoed to the sender
    expect(server.exchanges(channelid)).toBe(1);
  });

  it('closes a join of an unknown channel before any frame', async () => {
    const stray = await client('/v1/ws/AAAAAAAAAAAAAAAAAAAAAA');
    await stray.closed;
    expect(stray.frames).toEqual([]);
  });

  it('shuts the whole channel down past 10 messages in total', async () => {
    const a = await client('/v1/ws/');
    await until(() => a.frames.length === 1);
    const { channelid } = JSON.parse(a.frames[0] as string);
    const b = await client(`/v1/ws/${channelid}`);
    await until(() => b.frames.length === 1);
    for (let i = 0; i < 10; i++) (i % 2 ? a : b).socket.send(`m${i}`);
    await until(() => a.frames.length + b.frames.length === 12);
    expect(server.channels()).toEqual([channelid]);
    a.socket.send('one too many');
    await Promise.all([a.closed, b.closed]);
    expect(b.frames).toHaveLength(6); // the 11th was not relayed
    expect(server.channels()).toEqual([]);
  });

  it('allows 3 connections; a party leaving keeps the others; an empty channel is gone', async () => {
    const a = await client('/v1/ws/');
    await until(() => a.frames.length === 1);
    const { channelid } = JSON.parse(a.frames[0] as string);
    const b = await client(`/v1/ws/${channelid}`);
    const c = await client(`/v1/ws/${channelid}`);
    await until(() => b.frames.length === 1 && c.frames.length === 1);
    const d = await client(`/v1/ws/${channelid}`);
    await d.closed;
    expect(d.frames).toEqual([]);
    c.socket.close();
    await c.closed;
    b.socket.send('still here');
    await until(() => a.frames.length === 2);
    a.socket.close();
    b.socket.close();
    await Promise.all([a.closed, b.closed]);
    await until(() => server.channels().length === 0);
  });

  it('shutdown(id) drops every party', async () => {
    const a = await client('/v1/ws/');
    await until(() => a.frames.length === 1);
    server.shutdown(JSON.parse(a.frames[0] as string).channelid);
    await a.closed;
  });

  it('answers its heartbeat routes', async () => {
    const http = server.url.replace(/^ws/, 'http');
    expect((await fetch(`${http}/__heartbeat__`)).status).toBe(200);
    expect((await fetch(`${http}/__lbheartbeat__`)).status).toBe(200);
    expect((await (await fetch(`${http}/__version__`)).json()).version).toBe('1.5.0');
  });
});

describe('fxa-pairing-channel through it', () => {
  const PairingChannel = loadPairingChannel();

  it('carries an encrypted exchange both ways, and a close_notify reaches the peer', async () => {
    const authority = await PairingChannel.create(server.url);
    const supplicant = await PairingChannel.connect(
      server.url,
      authority.channelId,
      authority.channelKey,
    );
    const atAuthority = nextEvent(authority);
    await supplicant.send({ message: 'pair:supp:request', data: { client_id: 'x' } });
    const request = await atAuthority;
    expect(request).toMatchObject({
      type: 'message',
      detail: {
        data: { message: 'pair:supp:request', data: { client_id: 'x' } },
        sender: { city: 'Lyon' },
      },
    });
    const atSupplicant = nextEvent(supplicant);
    await authority.send({ message: 'pair:auth:metadata', data: { email: 'a@example.com' } });
    expect(await atSupplicant).toMatchObject({
      type: 'message',
      detail: { data: { message: 'pair:auth:metadata' } },
    });
    const closed = nextEvent(supplicant);
    await authority.close();
    expect((await closed).type).toBe('close');
  });

  it('a wrong channel key fails the handshake on both sides, and no message gets through', async () => {
    // The library's TLS *server* (the authority) also leaks the alert as an unhandled rejection;
    // in real pairing that side is Firefox's chrome code, not a page.
    const leaked: unknown[] = [];
    const swallow = (e: unknown) => leaked.push(e);
    process.on('unhandledRejection', swallow);
    try {
      const authority = await PairingChannel.create(server.url);
      const wrongKey = new Uint8Array(32).fill(7);
      const supplicant = await PairingChannel.connect(server.url, authority.channelId, wrongKey);
      const atAuthority = nextEvent(authority);
      const atSupplicant = nextEvent(supplicant);
      await supplicant.send({ message: 'pair:supp:request', data: {} }).catch(() => {});
      expect((await atAuthority).type).toBe('error');
      expect((await atSupplicant).type).toBe('error');
    } finally {
      await new Promise((r) => setTimeout(r, 50));
      process.off('unhandledRejection', swallow);
    }
  });
});
