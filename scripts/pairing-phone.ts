// Plays the phone's app for trying pairing by hand: given the QR code's URI from Firefox, prints
// the `/pair/supp` URL a mobile app would open (the reference browser's client, PKCE, a fresh
// P-256 keys_jwk), as mozilla/application-services fxa-client `begin_pairing_flow` builds it.
// Open that URL in another browser (Chromium, another Firefox profile). docs/pairing.md.
//   npx tsx scripts/pairing-phone.ts 'http://localhost:3030/pair#channel_id=…&channel_key=…'
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';

const qr = process.argv[2];
const hash = qr ? new URL(qr).hash : '';
if (!/^#channel_id=[\w-]{22}&channel_key=[\w-]{43}$/.test(hash)) {
  console.error('usage: npx tsx scripts/pairing-phone.ts <the QR code URI from Firefox>');
  process.exit(1);
}
const origin = new URL(qr as string).origin;
const clientId = '3c49430b43dfba77'; // upstream's reference browser (mocks/emulator/seed.ts)
const { kty, crv, x, y } = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({
  format: 'jwk',
});
const verifier = randomBytes(32).toString('base64url');
const query = new URLSearchParams({
  client_id: clientId,
  redirect_uri: `${origin}/oauth/success/${clientId}`,
  scope: 'profile https://identity.mozilla.com/apps/oldsync',
  state: randomBytes(16).toString('base64url'),
  code_challenge: createHash('sha256').update(verifier).digest('base64url'),
  code_challenge_method: 'S256',
  keys_jwk: Buffer.from(JSON.stringify({ kty, crv, x, y })).toString('base64url'),
  access_type: 'offline',
});
console.info(`${origin}/pair/supp?${query}${hash}`);
