// Contract: token authentication. Hawk headers come from the independent `hawk` package (and one
// from the app's own WebCrypto signer); the emulator must check MAC, payload hash and timestamp
// with upstream's errnos (109, 111 + serverTime, 110) and also accept `Bearer fxs_<tokenId>`.

import { expect, it } from 'vitest';
import { hawkHeader } from '../../app/lib/crypto/hawk.ts';
import { deriveTokenCredentials } from '../../app/lib/crypto/token-credentials.ts';
import { DEMO_ACCOUNT } from './options.ts';
import { contractSuite } from './testing/contract.testutil.ts';
import { str } from './testing/fxa-client.testutil.ts';
import { onepwV1, tokenCreds } from './testing/node-crypto.testutil.ts';

const FIREFOX_SESSION = DEMO_ACCOUNT.sessionToken as string;
const nowSec = () => Math.floor(Date.now() / 1000);

contractSuite('token auth', (client) => {
  it('accepts a correct Hawk header on GET and on POST with a payload hash', async () => {
    const c = client();
    const status = await c.hawkGet('/v1/session/status', FIREFOX_SESSION);
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ state: 'verified', uid: DEMO_ACCOUNT.uid });
    const device = await c.hawkPost('/v1/account/device', FIREFOX_SESSION, {
      name: 'Demo’s Firefox',
      type: 'desktop',
      availableCommands: {},
    });
    expect(device.status).toBe(200);
  });

  it('accepts the header the app itself signs (WebCrypto hawk.ts)', async () => {
    const c = client();
    const body = JSON.stringify({ name: 'signed by the app', type: 'desktop' });
    const authorization = await hawkHeader({
      method: 'POST',
      url: `${c.origin}/v1/account/device`,
      credentials: await deriveTokenCredentials(FIREFOX_SESSION, 'sessionToken'),
      payload: body,
      contentType: 'application/json',
    });
    const r = await c.call('POST', '/v1/account/device', {
      body,
      contentType: 'application/json',
      headers: { authorization },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ name: 'signed by the app' });
  });

  it('rejects a bad MAC with 401 errno 109', async () => {
    const c = client();
    const wrongKey = tokenCreds('b'.repeat(64), 'sessionToken').key;
    const r = await c.hawkGet('/v1/session/status', FIREFOX_SESSION, 'sessionToken', {
      key: wrongKey,
    });
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ code: 401, errno: 109, error: 'Unauthorized' });
  });

  it('rejects a changed payload with 401 errno 109', async () => {
    const c = client();
    const r = await c.hawkPost(
      '/v1/account/device',
      FIREFOX_SESSION,
      { name: 'tampered', type: 'desktop' },
      'sessionToken',
      { signedBody: JSON.stringify({ name: 'original', type: 'desktop' }) },
    );
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ errno: 109 });
  });

  it('rejects a body the header does not hash (109)', async () => {
    const c = client();
    const r = await c.hawkPost(
      '/v1/account/device',
      FIREFOX_SESSION,
      { name: 'x' },
      'sessionToken',
      {
        noHash: true,
      },
    );
    expect(r.body).toMatchObject({ code: 401, errno: 109 });
  });

  it('rejects a skewed timestamp with 401 errno 111 and the server time', async () => {
    const c = client();
    for (const skew of [-3600, 120]) {
      const r = await c.hawkGet('/v1/session/status', FIREFOX_SESSION, 'sessionToken', {
        timestampSec: nowSec() + skew,
      });
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({ code: 401, errno: 111 });
      expect(Math.abs(Number(r.body.serverTime) - nowSec())).toBeLessThanOrEqual(5);
    }
    // Within the ±60 s window is fine (hawk's default skew).
    const ok = await c.hawkGet('/v1/session/status', FIREFOX_SESSION, 'sessionToken', {
      timestampSec: nowSec() - 30,
    });
    expect(ok.status).toBe(200);
  });

  it('rejects unknown tokens, malformed and missing headers with 110', async () => {
    const c = client();
    const unknown = await c.hawkGet('/v1/session/status', 'c'.repeat(64));
    expect(unknown.body).toMatchObject({ code: 401, errno: 110 });
    const malformed = await c.get('/v1/session/status', { authorization: 'Hawk id=nope' });
    expect(malformed.body).toMatchObject({ errno: 110 });
    const none = await c.get('/v1/session/status');
    expect(none.body).toMatchObject({ code: 401, errno: 110 });
  });

  it('accepts Bearer fxs_<tokenId>; other prefixes and plain bearer tokens are 110', async () => {
    const c = client();
    const ok = await c.get('/v1/session/status', c.bearer(FIREFOX_SESSION));
    expect(ok.body).toMatchObject({ state: 'verified' });
    const id = tokenCreds(FIREFOX_SESSION, 'sessionToken').id;
    for (const authorization of [
      `Bearer fxk_${id}`,
      `Bearer ${id}`,
      `Bearer fxs_${id.toUpperCase()}`,
    ]) {
      const r = await c.get('/v1/session/status', { authorization });
      expect(r.body).toMatchObject({ code: 401, errno: 110 });
    }
  });

  it('a keyFetchToken is not a session token (110)', async () => {
    const c = client();
    const { authPW } = onepwV1('demo@example.com', 'demo-password');
    const login = await c.post('/v1/account/login?keys=true', {
      email: 'demo@example.com',
      authPW,
    });
    const kft = str(login, 'keyFetchToken');
    const r = await c.hawkGet('/v1/session/status', kft, 'sessionToken');
    expect(r.body).toMatchObject({ errno: 110 });
  });

  it('session destroy invalidates the token (110 afterwards, Hawk and Bearer alike)', async () => {
    const c = client();
    const { sessionToken } = await c.signIn('demo@example.com', 'demo-password');
    const destroyed = await c.hawkPost('/v1/session/destroy', sessionToken, {});
    expect(destroyed.status).toBe(200);
    expect((await c.hawkGet('/v1/session/status', sessionToken)).body).toMatchObject({
      errno: 110,
    });
    expect((await c.get('/v1/session/status', c.bearer(sessionToken))).body).toMatchObject({
      errno: 110,
    });
    // Other sessions of the account are untouched.
    expect((await c.get('/v1/session/status', c.bearer(FIREFOX_SESSION))).status).toBe(200);
  });
});
