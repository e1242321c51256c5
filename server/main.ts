// `npx tsx server/main.ts`: the production content server (used by `npm start` and the
// Playwright suite). Configuration comes from the environment; see server/config.ts.
import { createContentServer } from './app.ts';
import { readConfig } from './config.ts';

const config = readConfig(process.env);
const server = createContentServer({
  distDir: config.distDir,
  services: config.services,
  publicUrl: config.publicUrl,
});

server.listen(config.port, config.host, () => {
  console.info(`content server on ${config.publicUrl} (serving ${config.distDir})`);
});

function stop(): void {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  // Keep-alive clients that never go idle must not hold the process open.
  setTimeout(() => process.exit(0), 3_000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
