// The emulator as a real HTTP server (@hono/node-server) for real Firefox, real reliers and the
// contract tests (port 0 = ephemeral). `overrideGlobalObjects: false` keeps node-server from
// replacing the global Request/Response, which MSW in the same process relies on.

import type { AddressInfo } from 'node:net';
import { type Http2Bindings, type HttpBindings, serve } from '@hono/node-server';
import { createEmulator, type Emulator, type EmulatorOptions } from '../emulator/app.ts';
import { NETWORK_FAULT_HEADER } from '../emulator/faults.ts';

export interface RunningEmulator {
  emulator: Emulator;
  /** e.g. http://127.0.0.1:54321 */
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startEmulatorServer(
  options: EmulatorOptions & { port?: number; hostname?: string } = {},
): Promise<RunningEmulator> {
  const { port = 9000, hostname = 'localhost', ...emulatorOptions } = options;
  const emulator = createEmulator(emulatorOptions);
  await emulator.ready;
  const fetch = async (request: Request, env: HttpBindings | Http2Bindings) => {
    const response = await emulator.app.fetch(request);
    // An injected network fault: drop the connection so the client's fetch() fails.
    if (response.headers.has(NETWORK_FAULT_HEADER)) env.incoming.socket.destroy();
    return response;
  };
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch, port, hostname, overrideGlobalObjects: false },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        const shownHost = hostname === 'localhost' ? 'localhost' : host;
        resolve({
          emulator,
          url: `http://${shownHost}:${info.port}`,
          port: info.port,
          close: () =>
            new Promise<void>((done, fail) => {
              if ('closeAllConnections' in server) server.closeAllConnections();
              server.close((err) => (err ? fail(err) : done()));
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
