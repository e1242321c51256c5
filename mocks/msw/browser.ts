// Dev mode: the emulator inside the MSW service worker (public/mockServiceWorker.js), so the app
// talks to "http://localhost:9000" without any server running. The lead wires this into the app
// behind `import.meta.env.DEV`; it must never be imported by production code.

import { setupWorker } from 'msw/browser';
import { createEmulator, type Emulator, type EmulatorOptions } from '../emulator/app.ts';
import { DEFAULT_EMULATOR_ORIGIN, emulatorHandlers } from './handlers.ts';

export interface BrowserEmulator {
  worker: ReturnType<typeof setupWorker>;
  emulator: Emulator;
  origin: string;
}

export async function startBrowserEmulator(
  options: EmulatorOptions & { origin?: string; quiet?: boolean } = {},
): Promise<BrowserEmulator> {
  const { origin = DEFAULT_EMULATOR_ORIGIN, quiet = false, ...emulatorOptions } = options;
  const emulator = createEmulator({
    contentOrigin: window.location.origin,
    ...emulatorOptions,
  });
  const worker = setupWorker(...emulatorHandlers(emulator, origin));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
  await emulator.ready;
  const demo = emulator.options.demoAccount;
  if (demo && !quiet) {
    console.info(
      `[emulator] in-browser FxA emulator at ${origin} — demo account ${demo.email} / ${demo.password}`,
    );
  }
  return { worker, emulator, origin };
}
