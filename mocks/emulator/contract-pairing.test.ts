// Contract: what Firefox (the pairing authority) asks of the auth server when the user approves a
// phone, Hawk-signed with its sessionToken, in its order (../shared/reference/pairing.md §2.6;
// Firefox 153 FxAccountsPairing.sys.mjs `_authorizeOAuthCode`), then the phone's own token
// exchange. Upstream routes: packages/fxa-auth-server/lib/routes/account.ts (scoped-key-data) and
// lib/routes/oauth/authorization.js + token.js.

import { CompactEncrypt, compactDecrypt, exportJWK, generateKeyPair } from 'jose';
import { expect, it } from 'vitest';
import { CLIENT_IDS } from './seed.ts';
import { CONTENT_ORIGIN, contractSuite } from './testing/contract.testutil.ts';
import { str } from './testing/fxa-client.testutil.ts';
import { pkceS256 } from './testing/node-crypto.testutil.ts';

const OLDSYNC = 'https://identity.mozilla.com/apps/oldsync';
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

contractSuite('pairing', (client) => {
  it('the reference browser: scoped-key-data, a code with keys_jwe and no redirect_uri, then tokens', async () => {
    const c = client();
    const { sessionToken } = await c.signIn('demo@example.com', 'demo-password');
    const scope = `profile ${OLDSYNC}`;

    const keyData = await c.hawkPost('/v1/account/scoped-key-data', sessionToken, {
      client_id: CLIENT_IDS.referenceBrowser,
      scope,
    });
    expect(keyData.status).toBe(200);
    expect(Object.keys(keyData.body)).toEqual([OLDSYNC]);

    // Firefox encrypts the scoped keys to the phone's keys_jwk (ECDH-ES + A256GCM, P-256).
    const phone = await generateKeyPair('ECDH-ES', { crv: 'P-256' });
    const scopedKeys = { [OLDSYNC]: { scope: OLDSYNC, kid: '1-abc', k: 'a2V5', kty: 'oct' } };
    const keysJwe = await new CompactEncrypt(new TextEncoder().encode(JSON.stringify(scopedKeys)))
      .setProtectedHeader({ alg: 'ECDH-ES', enc: 'A256GCM' })
      .encrypt(phone.publicKey);
    expect((await exportJWK(phone.publicKey)).crv).toBe('P-256');

    const minted = await c.hawkPost('/v1/oauth/authorization', sessionToken, {
      client_id: CLIENT_IDS.referenceBrowser,
      response_type: 'code',
      state: 'pairing-state',
      scope,
      access_type: 'offline',
      code_challenge: pkceS256(VERIFIER),
      code_challenge_method: 'S256',
      keys_jwe: keysJwe,
    });
    expect(minted.status).toBe(200);
    const code = str(minted, 'code');
    expect(minted.body).toEqual({
      code,
      state: 'pairing-state',
      scope,
      redirect: `${CONTENT_ORIGIN}/oauth/success/${CLIENT_IDS.referenceBrowser}?code=${code}&state=pairing-state`,
    });

    // The phone (a public client) exchanges the code with its PKCE verifier.
    const tokens = await c.post('/v1/oauth/token', {
      client_id: CLIENT_IDS.referenceBrowser,
      grant_type: 'authorization_code',
      code,
      code_verifier: VERIFIER,
    });
    expect(tokens.status).toBe(200);
    expect(tokens.body).toMatchObject({ token_type: 'bearer', scope });
    expect(str(tokens, 'refresh_token')).toMatch(/^[0-9a-f]{64}$/);
    const { plaintext } = await compactDecrypt(str(tokens, 'keys_jwe'), phone.privateKey);
    expect(JSON.parse(new TextDecoder().decode(plaintext))).toEqual(scopedKeys);
  });

  it('Firefox for Android and iOS come back over their WebChannel; a wrong verifier is refused', async () => {
    const c = client();
    const { sessionToken } = await c.signIn('demo@example.com', 'demo-password');
    for (const id of [CLIENT_IDS.fenix, CLIENT_IDS.firefoxIos]) {
      const minted = await c.hawkPost('/v1/oauth/authorization', sessionToken, {
        client_id: id,
        state: 's',
        scope: `profile ${OLDSYNC}`,
        access_type: 'offline',
        code_challenge: pkceS256(VERIFIER),
        code_challenge_method: 'S256',
      });
      expect(str(minted, 'redirect')).toMatch(
        /^urn:ietf:wg:oauth:2\.0:oob:oauth-redirect-webchannel\?code=[0-9a-f]{64}&state=s$/,
      );
      const refused = await c.post('/v1/oauth/token', {
        client_id: id,
        grant_type: 'authorization_code',
        code: str(minted, 'code'),
        code_verifier: `${VERIFIER.slice(0, -1)}A`,
      });
      expect(refused.status).toBe(400);
    }
  });

  it('pairing clients are public: no code without PKCE (errno 169)', async () => {
    const c = client();
    const { sessionToken } = await c.signIn('demo@example.com', 'demo-password');
    const r = await c.hawkPost('/v1/oauth/authorization', sessionToken, {
      client_id: CLIENT_IDS.referenceBrowser,
      state: 's',
      scope: `profile ${OLDSYNC}`,
    });
    expect(r.body).toMatchObject({ code: 400, errno: 169 });
  });
});
