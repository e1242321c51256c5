// `npm start` and the e2e stack: the local pairing channel server on ws://localhost:$CHANNEL_PORT
// (default 8090). Point the app at it with PAIRING_SERVER_BASE_URI and Firefox with the pref
// identity.fxaccounts.remote.pairing.uri (docs/pairing.md).
import { startChannelServer } from './channel-server.ts';

const port = Number(process.env.CHANNEL_PORT ?? 8090);
const server = await startChannelServer({
  port,
  host: process.env.CHANNEL_HOST ?? 'localhost',
  // A made-up place, as MaxMind would add one: the authority page shows where the device is.
  geo: process.env.CHANNEL_GEO === 'off' ? {} : { city: 'Paris', country: 'France' },
});
console.info(`Pairing channel server listening on ${server.url} (/v1/ws/)`);

const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
