// Contract: what a real Firefox does with its session (firefox-device.md §7 — profile token via
// fxa-credentials, profile fetch, device registration, devices and attached clients, sign-out)
// and the profile server's write routes the settings pages use.

import { expect, it } from 'vitest';
import { DEMO_ACCOUNT } from './options.ts';
import { CLIENT_IDS } from './seed.ts';
import { contractSuite } from './testing/contract.testutil.ts';
import { str, type TestClient } from './testing/fxa-client.testutil.ts';
import { tokenCreds } from './testing/node-crypto.testutil.ts';

const FIREFOX_SESSION = DEMO_ACCOUNT.sessionToken as string;

async function profileToken(
  c: TestClient,
  clientId: string,
  scope: string,
  session = FIREFOX_SESSION,
) {
  const r = await c.hawkPost('/v1/oauth/token', session, {
    client_id: clientId,
    grant_type: 'fxa-credentials',
    scope,
  });
  expect(r.status).toBe(200);
  return { authorization: `Bearer ${str(r, 'access_token')}` };
}

contractSuite('firefox and profile', (client) => {
  it('Firefox start-up: fxa-credentials profile token, profile, devices, attached clients', async () => {
    const c = client();
    const auth = await profileToken(c, CLIENT_IDS.firefoxDesktop, 'profile');
    const profile = await c.get('/profile/v1/profile', auth);
    expect(profile.body).toMatchObject({
      email: DEMO_ACCOUNT.email,
      uid: DEMO_ACCOUNT.uid,
      displayName: DEMO_ACCOUNT.displayName,
      locale: 'en-US',
      amrValues: ['pwd', 'email'],
      twoFactorAuthentication: false,
    });

    const device = await c.hawkPost('/v1/account/device', FIREFOX_SESSION, {
      name: 'Demo’s Firefox on vm',
      type: 'desktop',
      availableCommands: {},
    });
    expect(device.body).toMatchObject({ name: 'Demo’s Firefox on vm', type: 'desktop' });
    const deviceId = str(device, 'id');
    // Registering again from the same session updates the same device.
    const renamed = await c.hawkPost('/v1/account/device', FIREFOX_SESSION, { name: 'Renamed' });
    expect(renamed.body).toMatchObject({ id: deviceId, name: 'Renamed' });

    const devices = await c.hawkGet(
      '/v1/account/devices?filterIdleDevicesTimestamp=1700000000000',
      FIREFOX_SESSION,
    );
    expect(devices.data).toEqual([
      expect.objectContaining({ id: deviceId, isCurrentDevice: true, name: 'Renamed' }),
    ]);

    const attached = await c.hawkGet('/v1/account/attached_clients', FIREFOX_SESSION);
    expect(attached.data).toEqual([
      expect.objectContaining({
        sessionTokenId: tokenCreds(FIREFOX_SESSION, 'sessionToken').id,
        deviceId,
        isCurrentSession: true,
        deviceType: 'desktop',
        name: 'Renamed',
      }),
    ]);

    const commands = await c.hawkGet(
      '/v1/account/device/commands?index=0&limit=50',
      FIREFOX_SESSION,
    );
    expect(commands.body).toEqual({ index: 0, last: true, messages: [] });

    const out = await c.hawkPost('/v1/session/destroy?service=sync', FIREFOX_SESSION, {});
    expect(out.status).toBe(200);
    expect((await c.get('/v1/session/status', c.bearer(FIREFOX_SESSION))).body).toMatchObject({
      errno: 110,
    });
  });

  it('fxa-credentials is only for canGrant public clients with a session', async () => {
    const c = client();
    const notGrant = await c.post(
      '/v1/oauth/token',
      { client_id: CLIENT_IDS.pocketDemo, grant_type: 'fxa-credentials', scope: 'profile' },
      c.bearer(FIREFOX_SESSION),
    );
    expect(notGrant.body).toMatchObject({ code: 400, errno: 107 });
    const noSession = await c.post('/v1/oauth/token', {
      client_id: CLIENT_IDS.firefoxDesktop,
      grant_type: 'fxa-credentials',
      scope: 'profile',
    });
    expect(noSession.body).toMatchObject({ code: 401, errno: 110 });
    const keys = await c.post(
      '/v1/oauth/token',
      {
        client_id: CLIENT_IDS.firefoxDesktop,
        grant_type: 'fxa-credentials',
        scope: 'https://identity.mozilla.com/apps/oldsync',
        access_type: 'offline',
      },
      c.bearer(FIREFOX_SESSION),
    );
    expect(keys.status).toBe(200);
    expect(keys.body.refresh_token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('connected services list OAuth reliers and disconnecting one revokes its tokens', async () => {
    const c = client();
    const { sessionToken } = await c.signIn(DEMO_ACCOUNT.email, DEMO_ACCOUNT.password);
    const minted = await c.post(
      '/v1/oauth/authorization',
      { client_id: CLIENT_IDS.trustedRelier, state: 's', scope: 'profile' },
      c.bearer(sessionToken),
    );
    const tokens = await c.call('POST', '/v1/token', {
      form: {
        client_id: CLIENT_IDS.trustedRelier,
        client_secret: 'dd017bd870b25de460d04dbb3b63666f5af82c36fc7023305a53f201617ea234',
        code: str(minted, 'code'),
      },
    });
    const relierAuth = { authorization: `Bearer ${str(tokens, 'access_token')}` };
    const list = await c.get('/v1/account/attached_clients', c.bearer(sessionToken));
    expect(list.data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ clientId: CLIENT_IDS.trustedRelier, name: '123Done' }),
      ]),
    );
    const gone = await c.post(
      '/v1/account/attached_client/destroy',
      { clientId: CLIENT_IDS.trustedRelier },
      c.bearer(sessionToken),
    );
    expect(gone.status).toBe(200);
    expect((await c.get('/profile/v1/profile', relierAuth)).body).toMatchObject({ code: 401 });
  });

  it('display name and avatar through the profile server (content server client)', async () => {
    const c = client();
    const auth = await profileToken(c, CLIENT_IDS.contentServer, 'profile:write');
    expect((await c.post('/profile/v1/display_name', { displayName: 'Zoë' }, auth)).status).toBe(
      200,
    );
    expect((await c.get('/profile/v1/profile', auth)).body).toMatchObject({ displayName: 'Zoë' });

    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const upload = await c.call('POST', '/profile/v1/avatar/upload', {
      body: png,
      contentType: 'image/png',
      headers: auth,
    });
    expect(upload.status).toBe(201);
    const id = str(upload, 'id');
    const avatar = await c.get('/profile/v1/avatar', auth);
    expect(avatar.body).toEqual({ id, avatar: str(upload, 'url'), avatarDefault: false });
    const image = await fetch(str(upload, 'url'));
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(png);

    const notImage = await c.call('POST', '/profile/v1/avatar/upload', {
      body: 'hello',
      contentType: 'text/plain',
      headers: auth,
    });
    expect(notImage.status).toBe(415);
    expect((await c.call('DELETE', `/profile/v1/avatar/${id}`, { headers: auth })).status).toBe(
      200,
    );
    expect((await c.get('/profile/v1/avatar', auth)).body).toMatchObject({ avatarDefault: true });
  });

  it('profile server: no token 401 errno 100, read-only token cannot write (403)', async () => {
    const c = client();
    const none = await c.get('/profile/v1/profile');
    expect(none.body).toMatchObject({ code: 401, errno: 100 });
    const readOnly = await profileToken(c, CLIENT_IDS.contentServer, 'profile');
    const write = await c.post('/profile/v1/display_name', { displayName: 'x' }, readOnly);
    expect(write.status).toBe(403);
  });

  it('GET /account/profile takes a session or an OAuth token with profile scope', async () => {
    const c = client();
    const viaSession = await c.hawkGet('/v1/account/profile', FIREFOX_SESSION);
    expect(viaSession.body).toMatchObject({
      email: DEMO_ACCOUNT.email,
      authenticationMethods: ['pwd', 'email'],
      authenticatorAssuranceLevel: 1,
    });
    const auth = await profileToken(c, CLIENT_IDS.contentServer, 'profile');
    expect((await c.get('/v1/account/profile', auth)).body).toMatchObject({
      email: DEMO_ACCOUNT.email,
    });
  });
});
