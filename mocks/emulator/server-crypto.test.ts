// The emulator's own protocol code against the published vectors, the truth it shares with the
// app's client (which app/lib/crypto/*.test.ts checks against the same numbers).
// onepw: https://github.com/mozilla/ecosystem-platform/blob/main/docs/explanation/onepw-protocol.md
// token, key bundle: https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-client/test/
// Hawk: https://github.com/mozilla/hawk/blob/main/README.md

import { describe, expect, it } from 'vitest';
import {
  bundleWithKeyRequestKey,
  deriveCredentialsV1,
  deriveTokenCredentials,
  hawkHeaderId,
  hexToBytes,
  parseBearerHeader,
  pkceChallengeS256,
  verifyHawkHeader,
} from './server-crypto.ts';

describe('onepw v1 stretching (published vector)', () => {
  it('derives authPW and unwrapBkey for andré@example.org / pässwörd', async () => {
    const c = await deriveCredentialsV1('andré@example.org', 'pässwörd');
    expect(c.authPW).toBe('247b675ffb4c46310bc87e26d712153abe5e1c90ef00a4784594f97ef54f2375');
    expect(c.unwrapBKey).toBe('de6a2648b78284fcb9ffa81ba95803309cfba7af583c01a8a1a63e567234dd28');
  });
});

describe('token credentials (fxa-auth-client vector)', () => {
  const token = 'a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf';
  it('derives the token id and the Hawk key', async () => {
    const c = await deriveTokenCredentials(token, 'sessionToken');
    expect(c.id).toBe('c0a29dcf46174973da1378696e4c82ae10f723cf4f4d9f75e39f4ae3851595ab');
    expect(Buffer.from(c.key).toString('hex')).toBe(
      '9d8f22998ee7f5798b887042466b72d53e56ab0c094388bf65831f702d2febc0',
    );
  });
  it('parses the Bearer form the client sends, and nothing else', () => {
    const id = 'c0a29dcf46174973da1378696e4c82ae10f723cf4f4d9f75e39f4ae3851595ab';
    expect(parseBearerHeader(`Bearer fxs_${id}`)).toEqual({ kind: 'sessionToken', id });
    expect(parseBearerHeader(`Bearer fxzz_${id}`)).toBeNull();
    expect(parseBearerHeader(`Bearer ${id}`)).toBeNull();
  });
});

describe('GET /account/keys bundle (fxa-auth-client vector)', () => {
  it('bundles kA and wrapKB with the keyRequestKey byte for byte', async () => {
    const bundle = await bundleWithKeyRequestKey(
      {
        kA: '939282904b808c6003ea31aeb14bc766d2ab70ba7dcaa54f820efcf4762b9619',
        wrapKB: '849ac9f71643ace46dcdd384633ec1bffe565852806ee2f859c3eba7fafeafec',
      },
      hexToBytes('dedd009a8275a4f672bb4b41e14a117812c0b2f400c85fa058e0293f3f45726a'),
    );
    expect(bundle).toBe(
      'df4717238a738501bd2ad8f7114ef193ea69751a40108149bfb88a5643a8d683a1e75b705d4db135130f0896dbac0819ab7d54334e0cd4f9c945e0a7ada91899756cedf4384be404844050270310bc2b396f100eeda0c7b428cfe77c40a873ae',
    );
  });
});

describe('PKCE S256 (RFC 7636 appendix B)', () => {
  it('computes the challenge of the RFC example verifier', async () => {
    expect(await pkceChallengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });
});

describe('Hawk verification (README vectors)', () => {
  const key = new TextEncoder().encode('werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn');
  const base = {
    url: '/resource/1?b=1&a=2',
    host: 'example.com',
    port: 8000,
    lookupKey: (id: string) => (id === 'dh37fgj492je' ? key : null),
    nowMs: 1353832234_000,
  };
  const get =
    'Hawk id="dh37fgj492je", ts="1353832234", nonce="j4h3g2", ext="some-app-ext-data", mac="6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE="';
  const post =
    'Hawk id="dh37fgj492je", ts="1353832234", nonce="j4h3g2", hash="Yi9LfIIFRtBEPt74PVmbTF/xVAwPn7ub15ePICfgnuY=", ext="some-app-ext-data", mac="aSe1DERmZuRl3pI36/9BdZmnErTw3sNzOOAUlfeKjVw="';

  it('accepts the GET vector and tells its id', async () => {
    expect(await verifyHawkHeader({ ...base, method: 'GET', authorization: get })).toEqual({
      ok: true,
      id: 'dh37fgj492je',
    });
    expect(hawkHeaderId(get)).toBe('dh37fgj492je');
  });

  it('accepts the POST vector with its payload, and refuses another payload', async () => {
    const request = { ...base, method: 'POST', authorization: post, contentType: 'text/plain' };
    expect(await verifyHawkHeader({ ...request, payload: 'Thank you for flying Hawk' })).toEqual({
      ok: true,
      id: 'dh37fgj492je',
    });
    expect(await verifyHawkHeader({ ...request, payload: 'Thank you for flying Hawk!' })).toEqual({
      ok: false,
      reason: 'bad-payload',
    });
  });

  it('names each failure as the auth server translates it', async () => {
    const verify = (o: Partial<Parameters<typeof verifyHawkHeader>[0]>) =>
      verifyHawkHeader({ ...base, method: 'GET', authorization: get, ...o });
    expect(await verify({ method: 'POST' })).toEqual({ ok: false, reason: 'bad-mac' });
    expect(await verify({ lookupKey: () => null })).toEqual({ ok: false, reason: 'unknown-id' });
    expect(await verify({ nowMs: 1353832234_000 + 61_000 })).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(await verify({ payload: '' })).toEqual({ ok: false, reason: 'missing-hash' });
    expect(await verify({ authorization: 'Hawk id="x"' })).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(await verify({ authorization: 'Basic abc' })).toEqual({ ok: false, reason: 'missing' });
  });
});
