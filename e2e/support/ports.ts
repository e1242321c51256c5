// Ports of the local stack under test. Upstream's local targets are 3030 (content), 9000 (auth)
// and 8080 (123done); the e2e run uses its own defaults so it can run beside `npm start`.
export const ports = {
  app: Number(process.env.E2E_APP_PORT ?? 3130),
  emulator: Number(process.env.E2E_EMULATOR_PORT ?? 9100),
  relier: Number(process.env.E2E_RELIER_PORT ?? 8180),
  channel: Number(process.env.E2E_CHANNEL_PORT ?? 8190),
};

export const appOrigin = `http://localhost:${ports.app}`;
export const emulatorOrigin = `http://localhost:${ports.emulator}`;
export const relierOrigin = `http://localhost:${ports.relier}`;
export const channelOrigin = `ws://localhost:${ports.channel}`;
