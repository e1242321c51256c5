// Test-only: the two ways the contract suite reaches the emulator. `msw` mounts it behind
// msw/node interceptors (no socket, origin http://localhost:9000 without binding it); `http`
// serves it with @hono/node-server on an ephemeral port of 127.0.0.1. Both get the same options.

import { setupEmulatorServer } from '../../msw/node.ts';
import { startEmulatorServer } from '../../server/start.ts';
import type { EmulatorOptions } from '../app.ts';

export interface Transport {
  readonly origin: string;
  stop(): Promise<void>;
}

export type TransportFactory = (options: EmulatorOptions) => Promise<Transport>;

export const mswTransport: TransportFactory = async (options) => {
  const { server, emulator, origin } = setupEmulatorServer(options);
  server.listen({ onUnhandledRequest: 'error' });
  await emulator.ready;
  return { origin, stop: async () => server.close() };
};

export const httpTransport: TransportFactory = async (options) => {
  const running = await startEmulatorServer({ ...options, port: 0, hostname: '127.0.0.1' });
  return { origin: running.url, stop: running.close };
};

export const TRANSPORTS: [string, TransportFactory][] = [
  ['msw', mswTransport],
  ['http', httpTransport],
];
