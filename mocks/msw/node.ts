// vitest: the emulator behind msw/node's interceptors, so plain `fetch` to the emulator origin
// reaches it without a socket. Call `server.listen()` in beforeAll and `server.close()` after.

import { setupServer } from 'msw/node';
import { createEmulator, type Emulator, type EmulatorOptions } from '../emulator/app.ts';
import { DEFAULT_EMULATOR_ORIGIN, emulatorHandlers } from './handlers.ts';

export interface NodeEmulator {
  server: ReturnType<typeof setupServer>;
  emulator: Emulator;
  origin: string;
}

export function setupEmulatorServer(
  options: EmulatorOptions & { origin?: string } = {},
): NodeEmulator {
  const { origin = DEFAULT_EMULATOR_ORIGIN, ...emulatorOptions } = options;
  const emulator = createEmulator(emulatorOptions);
  return { server: setupServer(...emulatorHandlers(emulator, origin)), emulator, origin };
}
