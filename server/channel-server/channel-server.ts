// A local stand-in for Mozilla's pairing channel server (mozilla-services/channelserver, tag 1.5.0:
// README.md and src/{server,session,meta,channelid}.rs), on `ws`. It only relays opaque frames:
// the TLS 1.3 PSK session inside them (fxa-pairing-channel) is end to end, so the server never
// sees the channel key. Protocol facts: ../shared/reference/pairing.md §3.
// - `GET /v1/ws/` creates a channel, `GET /v1/ws/{id}` joins one; an unknown id is closed at once.
// - Each party first gets `{"link":"/v1/ws/<id>","channelid":"<id>"}`.
// - A text frame is trimmed and delivered to every *other* party as
//   `{"message":"…","sender":{ua?,remote?,city?,region?,country?}}`; binary frames are ignored.
// - Every message counts against the channel (max_exchanges 10, in total); past it the whole
//   channel is shut down. At most 3 connections per channel; a party's close removes only that
//   party; the channel ends when empty or when its lifespan (300 s) is over. Pings every 5 s.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export type SenderGeo = { city?: string; region?: string; country?: string };

export type ChannelServerOptions = {
  port?: number;
  host?: string;
  /** channelserver PAIR_MAX_EXCHANGES. */
  maxExchanges?: number;
  /** channelserver PAIR_MAX_CHANNEL_CONNECTIONS. */
  maxConnections?: number;
  /** channelserver PAIR_CONN_LIFESPAN, in ms. */
  lifespanMs?: number;
  /** channelserver PAIR_HEARTBEAT_INTERVAL (server pings), in ms. */
  heartbeatMs?: number;
  /** Stands in for MaxMind (there is no geo database offline): added to every sender. */
  geo?: SenderGeo;
};

type Party = { socket: WebSocket; sender: Record<string, string> };

type Channel = {
  id: string;
  parties: Set<Party>;
  exchanges: number;
  lifespan: ReturnType<typeof setTimeout>;
};

export type ChannelServer = {
  /** e.g. ws://localhost:8190 (what PAIRING_SERVER_BASE_URI and Firefox's pairing.uri take). */
  url: string;
  port: number;
  /** Ids of the open channels. */
  channels: () => string[];
  /** Messages relayed so far on a channel (undefined once it is gone). */
  exchanges: (id: string) => number | undefined;
  /** Drops a channel and all its parties, as a server restart or a network cut would. */
  shutdown: (id: string) => void;
  close: () => Promise<void>;
};

const CHANNEL_PATH = /^\/v1\/ws\/?([A-Za-z0-9_-]*)\/?$/;
const VERSION = { source: 'local stand-in of mozilla-services/channelserver', version: '1.5.0' };

/** Sender fields as the server reports them (`remote` is the client address). */
function senderOf(req: IncomingMessage, geo: SenderGeo): Record<string, string> {
  const sender: Record<string, string> = {};
  const ua = req.headers['user-agent'];
  if (ua) sender.ua = ua;
  const remote = req.socket.remoteAddress?.replace(/^::ffff:/, '');
  if (remote) sender.remote = remote;
  for (const [key, value] of Object.entries(geo)) if (value) sender[key] = value;
  return sender;
}

export async function startChannelServer(
  options: ChannelServerOptions = {},
): Promise<ChannelServer> {
  const maxExchanges = options.maxExchanges ?? 10;
  const maxConnections = options.maxConnections ?? 3;
  const lifespanMs = options.lifespanMs ?? 300_000;
  const heartbeatMs = options.heartbeatMs ?? 5_000;
  const geo = options.geo ?? {};
  const channels = new Map<string, Channel>();

  const http: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/__heartbeat__' || path === '/__lbheartbeat__') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    } else if (path === '/__version__') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(VERSION));
    } else {
      res.writeHead(404).end();
    }
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });

  function shutdown(id: string) {
    const channel = channels.get(id);
    if (!channel) return;
    channels.delete(id);
    clearTimeout(channel.lifespan);
    for (const party of channel.parties) party.socket.close(1000);
  }

  function join(channel: Channel, socket: WebSocket, req: IncomingMessage) {
    const party: Party = { socket, sender: senderOf(req, geo) };
    channel.parties.add(party);
    socket.send(JSON.stringify({ link: `/v1/ws/${channel.id}`, channelid: channel.id }));
    let alive = true;
    socket.on('pong', () => {
      alive = true;
    });
    const ping = setInterval(() => {
      if (!alive) return socket.terminate();
      alive = false;
      socket.ping();
    }, heartbeatMs);
    socket.on('message', (data, isBinary) => {
      if (isBinary || !channels.has(channel.id)) return;
      channel.exchanges += 1;
      if (channel.exchanges > maxExchanges) return shutdown(channel.id);
      const message = JSON.stringify({ message: data.toString().trim(), sender: party.sender });
      for (const other of channel.parties) if (other !== party) other.socket.send(message);
    });
    socket.on('close', () => {
      clearInterval(ping);
      channel.parties.delete(party);
      if (channel.parties.size === 0) shutdown(channel.id);
    });
  }

  http.on('upgrade', (req, socket, head) => {
    const match = CHANNEL_PATH.exec((req.url ?? '').split('?')[0] ?? '');
    if (!match) {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const requested = match[1] ?? '';
      if (requested === '') {
        const id = randomBytes(16).toString('base64url');
        const channel: Channel = {
          id,
          parties: new Set(),
          exchanges: 0,
          lifespan: setTimeout(() => shutdown(id), lifespanMs),
        };
        channels.set(id, channel);
        join(channel, ws, req);
        return;
      }
      const channel = channels.get(requested);
      // An unknown (or finished) channel, or a full one: the session stops before the first frame.
      if (!channel || channel.parties.size >= maxConnections) {
        ws.close(1000);
        return;
      }
      join(channel, ws, req);
    });
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, options.host ?? 'localhost', () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  return {
    url: `ws://localhost:${port}`,
    port,
    channels: () => [...channels.keys()],
    exchanges: (id) => channels.get(id)?.exchanges,
    shutdown,
    close: async () => {
      for (const id of [...channels.keys()]) shutdown(id);
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
