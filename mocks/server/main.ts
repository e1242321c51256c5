// `npm run emulator`: the FxA emulator on http://localhost:9000 (EMULATOR_PORT), CORS for the
// content server (CONTENT_ORIGIN, default http://localhost:3030, plus EMULATOR_CORS_ORIGINS, a
// comma-separated list), with the demo account and the seeded OAuth clients printed at start.
// The seeded reliers come back to the demo relier: RELIER_ORIGIN, else http://localhost:$RELIER_PORT
// (8080, upstream's 123done).

import { DEFAULT_CONTENT_ORIGIN } from '../emulator/options.ts';
import { seededClients } from '../emulator/seed.ts';
import { startEmulatorServer } from './start.ts';

const env = process.env;
const port = Number(env.EMULATOR_PORT ?? 9000);
const contentOrigin = env.CONTENT_ORIGIN ?? DEFAULT_CONTENT_ORIGIN;
const relierOrigin = env.RELIER_ORIGIN ?? `http://localhost:${env.RELIER_PORT ?? 8080}`;
const extraOrigins = (env.EMULATOR_CORS_ORIGINS ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

const running = await startEmulatorServer({
  port,
  hostname: env.EMULATOR_HOST ?? 'localhost',
  contentOrigin,
  relierOrigin,
  corsOrigins: [contentOrigin, ...extraOrigins],
  ...(env.EMULATOR_PUBLIC_ORIGIN ? { publicOrigin: env.EMULATOR_PUBLIC_ORIGIN } : {}),
  ...(env.EMULATOR_DEMO_PASSWORD ? { demoAccount: { password: env.EMULATOR_DEMO_PASSWORD } } : {}),
  ...(env.EMULATOR_LOGIN_VERIFICATION === 'off' ? { loginVerification: false } : {}),
});

const e = running.url;
const demo = running.emulator.options.demoAccount;
const lines = [
  `FxA emulator listening on ${e}`,
  `  auth API        ${e}/v1        OAuth ${e}/v1/token  profile ${e}/profile/v1`,
  `  discovery       ${e}/.well-known/openid-configuration (issuer ${contentOrigin})`,
  `  control API     ${e}/__emulator  (last code: GET ${e}/__emulator/emails/<address>/last)`,
  `  CORS origins    ${[contentOrigin, ...extraOrigins].join(', ')}`,
  demo
    ? `  demo account    ${demo.email} / ${demo.password}   (uid ${demo.uid}${demo.sessionToken ? `, Firefox sessionToken ${demo.sessionToken}` : ''})`
    : '  demo account    (none)',
  '  OAuth clients:',
  ...seededClients(relierOrigin, contentOrigin).map(
    (c) =>
      `    ${c.id}  ${c.name.padEnd(18)} ${c.publicClient ? 'public (PKCE)' : `secret ${c.secret}`}  ${c.trusted ? 'trusted' : 'untrusted'}  ${c.redirectUris.join(' ') || '(no redirect)'}`,
  ),
];
console.info(lines.join('\n'));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void running.close().then(() => process.exit(0));
  });
}
