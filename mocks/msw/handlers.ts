// MSW 2.x mount of the emulator: every request to the emulator's origin goes to the Hono app.
// The same handlers serve the dev-mode service worker (browser.ts) and vitest (node.ts).

import { HttpResponse, http } from 'msw';
import type { Emulator } from '../emulator/app.ts';
import { NETWORK_FAULT_HEADER } from '../emulator/faults.ts';

export const DEFAULT_EMULATOR_ORIGIN = 'http://localhost:9000';

export function emulatorHandlers(emulator: Emulator, origin: string = DEFAULT_EMULATOR_ORIGIN) {
  const base = origin.replace(/\/+$/, '');
  return [
    http.all(`${base}/*`, async ({ request }) => {
      const response = await emulator.app.fetch(request);
      // An injected network fault: fetch() rejects with a TypeError, as when offline.
      return response.headers.has(NETWORK_FAULT_HEADER) ? HttpResponse.error() : response;
    }),
  ];
}
