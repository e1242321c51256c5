// fxa-pairing-channel 1.0.2 in Node, for tests that play either side of a pairing (the Firefox
// authority is `PairingChannel.create`, a supplicant `PairingChannel.connect`). Its npm `main`
// names a file the tarball lacks, so the web UMD build is loaded; it reads `window` at load and
// uses the global WebSocket and WebCrypto (../shared/reference/pairing.md §4, pitfall 8).
import { createRequire } from 'node:module';
import { WebSocket } from 'ws';

export type PairingMessage = {
  data: { message: string; data: Record<string, unknown> };
  sender: Record<string, string>;
};

export type PairingChannelInstance = EventTarget & {
  channelId: string;
  channelKey: Uint8Array;
  closed: boolean;
  send: (data: unknown) => Promise<void>;
  close: () => Promise<void>;
};

export type PairingChannelClass = {
  create: (serverUri: string) => Promise<PairingChannelInstance>;
  connect: (
    serverUri: string,
    channelId: string,
    channelKey: Uint8Array,
  ) => Promise<PairingChannelInstance>;
};

export function loadPairingChannel(): PairingChannelClass {
  const g = globalThis as Record<string, unknown>;
  g.window ??= globalThis;
  // happy-dom's WebSocket cannot reach a real server; the library must use ws.
  g.WebSocket = WebSocket;
  const require = createRequire(import.meta.url);
  const lib = require('fxa-pairing-channel/dist/FxAccountsPairingChannel.babel.umd.js') as {
    PairingChannel: PairingChannelClass;
  };
  return lib.PairingChannel;
}

/** The next `message` (decrypted `{message, data}` plus the server's sender) or `close`/`error`. */
export function nextEvent(
  channel: EventTarget,
  timeoutMs = 3_000,
): Promise<{ type: 'message'; detail: PairingMessage } | { type: 'close' | 'error' | 'timeout' }> {
  return new Promise((resolve) => {
    const done = (value: Parameters<typeof resolve>[0]) => {
      clearTimeout(timer);
      channel.removeEventListener('message', onMessage);
      channel.removeEventListener('close', onClose);
      channel.removeEventListener('error', onError);
      resolve(value);
    };
    const onMessage = (e: Event) => done({ type: 'message', detail: (e as CustomEvent).detail });
    const onClose = () => done({ type: 'close' });
    const onError = () => done({ type: 'error' });
    const timer = setTimeout(() => done({ type: 'timeout' }), timeoutMs);
    channel.addEventListener('message', onMessage);
    channel.addEventListener('close', onClose);
    channel.addEventListener('error', onError);
  });
}
