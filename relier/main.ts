// `tsx relier/main.ts` (started by `npm start`): the Pocket-like demo relier on
// http://localhost:$RELIER_PORT (8080, upstream's 123done port), talking OAuth/OIDC to the
// emulator (EMULATOR_ORIGIN, else http://localhost:$EMULATOR_PORT) whose discovery document names
// the content server (CONTENT_ORIGIN) as the authorization endpoint.

import { serve } from '@hono/node-server';
import { createRelier } from './app.ts';
import { RELIER_CLIENTS } from './clients.ts';

const env = process.env;
const port = Number(env.RELIER_PORT ?? 8080);
const origin = env.RELIER_ORIGIN ?? `http://localhost:${port}`;
const emulatorOrigin = env.EMULATOR_ORIGIN ?? `http://localhost:${env.EMULATOR_PORT ?? 9000}`;
const contentOrigin = env.CONTENT_ORIGIN ?? 'http://localhost:3030';

const app = createRelier({
  origin,
  discoveryUrl: new URL('/.well-known/openid-configuration', emulatorOrigin),
});

const server = serve({ fetch: app.fetch, port, hostname: env.RELIER_HOST ?? 'localhost' }, () => {
  const lines = [
    `Demo relier listening on ${origin}`,
    ...RELIER_CLIENTS.map(
      (c) =>
        `  ${c.title.padEnd(14)} ${origin}${c.base}  (client ${c.clientId}, ${c.secret ? 'confidential' : 'public, PKCE S256'})`,
    ),
    `  signs in through ${contentOrigin}/authorization; OP discovery ${emulatorOrigin}/.well-known/openid-configuration`,
  ];
  console.info(lines.join('\n'));
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
