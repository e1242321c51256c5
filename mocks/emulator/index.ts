// Public surface of the emulator for tests, dev mode and e2e helpers.

export { createEmulator, type Emulator, type EmulatorOptions } from './app.ts';
export type { AccountSummary, EmulatorControl, SeedAccountSpec, SeededAccount } from './control.ts';
export type { FaultSpec, FaultStatus } from './faults.ts';
export { DEFAULT_CONTENT_ORIGIN, DEFAULT_RELIER_ORIGIN, DEMO_ACCOUNT } from './options.ts';
export {
  CLIENT_IDS,
  type ClientSpec,
  RELIER_CALLBACK_PATHS,
  SEEDED_CLIENTS,
  seededClients,
} from './seed.ts';
