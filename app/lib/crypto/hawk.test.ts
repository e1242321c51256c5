// Vectors: protocol.md §6.5 (fxa-auth-client test/hawk.ts, from hapijs/hawk test/client.js) and
// §6.6 (mozilla/hawk README + test/readme.js); cross-checked against the `hawk` npm package.
import { describe, expect, it } from 'vitest';
import { utf8 } from './bytes.ts';
import {
  type HawkVerifyResult,
  hawkHeader,
  hawkNormalizedString,
  hawkPayloadHash,
  parseHawkHeader,
  type VerifyHawkOptions,
  verifyHawkHeader,
} from './hawk.ts';
import { hawkLib } from './hawk-lib.testutil.ts';
import { deriveTokenCredentials } from './token-credentials.ts';

const FXA_CREDS = { id: '123456', key: utf8('werxhqb98rpaxn39848xrunpaw3489ru') };
const README_CREDS = {
  id: 'dh37fgj492je',
  key: utf8('werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn'),
};

describe('hawkHeader — published vectors', () => {
  const base = {
    method: 'POST',
    url: 'https://example.net/somewhere/over/the/rainbow',
    credentials: FXA_CREDS,
    timestampSec: 1353809207,
    nonce: 'Ygvqdz',
    contentType: 'text/plain',
  };

  it('fxa-auth-client vector, empty payload (hash still included)', async () => {
    expect(await hawkHeader({ ...base, payload: '' })).toBe(
      'Hawk id="123456", ts="1353809207", nonce="Ygvqdz", hash="q/t+NNAkQZNlq/aAD6PlexImwQTxwgT2MahfTa9XRLA=", mac="ITZtYMyfEkprrB60U4wPxl+BgV8S/kXb+gbcqt0TfCk="',
    );
  });

  it('fxa-auth-client vector, with payload', async () => {
    expect(await hawkHeader({ ...base, payload: 'something to write about' })).toBe(
      'Hawk id="123456", ts="1353809207", nonce="Ygvqdz", hash="2QfCt3GuY9HQnHWyWD3wX68ZOKbynqlfYmuO2ZBRqtY=", mac="T8QFs1YhO9eqsXWKURQgL3vO8XbZIveFYiF/cTYBPYI="',
    );
  });

  const readme = {
    url: 'http://example.com:8000/resource/1?b=1&a=2',
    credentials: README_CREDS,
    timestampSec: 1353832234,
    nonce: 'j4h3g2',
    ext: 'some-app-ext-data',
  };

  it('Hawk README GET vector (ext, no payload → no hash)', async () => {
    expect(await hawkHeader({ ...readme, method: 'GET' })).toBe(
      'Hawk id="dh37fgj492je", ts="1353832234", nonce="j4h3g2", ext="some-app-ext-data", mac="6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE="',
    );
  });

  it('Hawk README POST vector and payload hash', async () => {
    expect(await hawkPayloadHash('Thank you for flying Hawk', 'text/plain')).toBe(
      'Yi9LfIIFRtBEPt74PVmbTF/xVAwPn7ub15ePICfgnuY=',
    );
    expect(
      await hawkHeader({
        ...readme,
        method: 'POST',
        payload: 'Thank you for flying Hawk',
        contentType: 'text/plain',
      }),
    ).toBe(
      'Hawk id="dh37fgj492je", ts="1353832234", nonce="j4h3g2", hash="Yi9LfIIFRtBEPt74PVmbTF/xVAwPn7ub15ePICfgnuY=", ext="some-app-ext-data", mac="aSe1DERmZuRl3pI36/9BdZmnErTw3sNzOOAUlfeKjVw="',
    );
  });

  it('Hawk README normalized string', () => {
    expect(
      hawkNormalizedString({
        ts: 1353832234,
        nonce: 'j4h3g2',
        method: 'GET',
        resource: '/resource?a=1&b=2',
        host: 'example.com',
        port: 8000,
        ext: 'some-app-ext-data',
      }),
    ).toBe(
      'hawk.1.header\n1353832234\nj4h3g2\nGET\n/resource?a=1&b=2\nexample.com\n8000\n\nsome-app-ext-data\n',
    );
  });

  it('content-type parameters and case do not change the payload hash', async () => {
    expect(await hawkPayloadHash('{}', 'Application/JSON; charset=utf-8')).toBe(
      await hawkPayloadHash('{}', 'application/json'),
    );
  });

  it('the empty body hash FxA sends on GET', async () => {
    // protocol.md §2: hash of an empty application/json body.
    expect(await hawkPayloadHash('', 'application/json')).toBe(
      'NVuBm+XMyya3Tq4EhpZ0cQWjVUyIA8sKnySkKDOIM4M=',
    );
  });
});

describe('verifyHawkHeader — published vectors', () => {
  it('accepts the README POST header', async () => {
    const result = await verifyHawkHeader({
      method: 'POST',
      url: '/resource/1?b=1&a=2',
      host: 'example.com',
      port: 8000,
      authorization:
        'Hawk id="dh37fgj492je", ts="1353832234", nonce="j4h3g2", hash="Yi9LfIIFRtBEPt74PVmbTF/xVAwPn7ub15ePICfgnuY=", ext="some-app-ext-data", mac="aSe1DERmZuRl3pI36/9BdZmnErTw3sNzOOAUlfeKjVw="',
      payload: 'Thank you for flying Hawk',
      contentType: 'text/plain',
      lookupKey: async (id) => (id === 'dh37fgj492je' ? README_CREDS.key : null),
      nowSec: 1353832234,
    });
    expect(result).toEqual({ ok: true, id: 'dh37fgj492je', ts: 1353832234, nonce: 'j4h3g2' });
  });
});

// A realistic FxA request: session-token credentials, JSON body, emulator on localhost:9000.
const SESSION_TOKEN = 'a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf';
const URL_ = 'http://localhost:9000/v1/recovery_email?keys=true';
const BODY = JSON.stringify({ email: 'andré@example.org' });
const NOW = 1_700_000_000;

async function fxaSetup() {
  const creds = await deriveTokenCredentials(SESSION_TOKEN, 'sessionToken');
  const lookupKey = async (id: string) => (id === creds.id ? creds.key : null);
  const verify = (authorization: string, over: Partial<VerifyHawkOptions> = {}) =>
    verifyHawkHeader({
      method: 'POST',
      url: '/v1/recovery_email?keys=true',
      host: 'localhost',
      port: 9000,
      authorization,
      payload: BODY,
      contentType: 'application/json',
      lookupKey,
      nowSec: NOW,
      ...over,
    });
  const libAuthenticate = (authorization: string, payload = BODY, nowSec = NOW) =>
    hawkLib.server.authenticate(
      {
        method: 'POST',
        url: '/v1/recovery_email?keys=true',
        host: 'localhost',
        port: 9000,
        authorization,
        contentType: 'application/json',
      },
      async (id) => (id === creds.id ? { id, key: creds.key, algorithm: 'sha256' } : null),
      { payload, localtimeOffsetMsec: nowSec * 1000 - Date.now() },
    );
  const header = await hawkHeader({
    method: 'POST',
    url: URL_,
    credentials: creds,
    payload: BODY,
    contentType: 'application/json',
    timestampSec: NOW,
  });
  return { creds, verify, libAuthenticate, header };
}

const failure = (reason: string): HawkVerifyResult => ({
  ok: false,
  reason: reason as 'bad-mac',
  serverTimeSec: NOW,
});

describe('cross-check with the hawk npm package', () => {
  it('our header verifies with hawk.server.authenticate', async () => {
    const { header, libAuthenticate, creds } = await fxaSetup();
    const { credentials, artifacts } = await libAuthenticate(header);
    expect(credentials.id).toBe(creds.id);
    expect(artifacts.nonce).toMatch(/^[A-Za-z0-9]{6}$/);
  });

  it("hawk's client header verifies with our verifyHawkHeader", async () => {
    const { creds, verify } = await fxaSetup();
    const { header } = hawkLib.client.header(URL_, 'POST', {
      credentials: { id: creds.id, key: creds.key, algorithm: 'sha256' },
      timestamp: NOW,
      payload: BODY,
      contentType: 'application/json',
      ext: 'some app data',
    });
    const result = await verify(header);
    expect(result.ok).toBe(true);
    expect(result).toMatchObject({ id: creds.id, ts: NOW });
  });

  it("hawk's client header for the README vector equals ours byte for byte", async () => {
    const { header } = hawkLib.client.header('http://example.com:8000/resource/1?b=1&a=2', 'POST', {
      credentials: { id: README_CREDS.id, key: README_CREDS.key, algorithm: 'sha256' },
      timestamp: 1353832234,
      nonce: 'j4h3g2',
      ext: 'some-app-ext-data',
      payload: 'Thank you for flying Hawk',
      contentType: 'text/plain',
    });
    expect(
      await hawkHeader({
        method: 'POST',
        url: 'http://example.com:8000/resource/1?b=1&a=2',
        credentials: README_CREDS,
        timestampSec: 1353832234,
        nonce: 'j4h3g2',
        ext: 'some-app-ext-data',
        payload: 'Thank you for flying Hawk',
        contentType: 'text/plain',
      }),
    ).toBe(header);
  });

  it('a tampered payload is rejected by both', async () => {
    const { header, verify, libAuthenticate } = await fxaSetup();
    const tampered = JSON.stringify({ email: 'mallory@example.org' });
    expect(await verify(header, { payload: tampered })).toEqual(failure('bad-payload'));
    await expect(libAuthenticate(header, tampered)).rejects.toThrow('Bad payload hash');
  });

  it('a tampered MAC is rejected by both', async () => {
    const { header, verify, libAuthenticate } = await fxaSetup();
    const mac = /mac="([^"]+)"/.exec(header)![1]!;
    const flipped = header.replace(mac, (mac[0] === 'A' ? 'B' : 'A') + mac.slice(1));
    expect(await verify(flipped)).toEqual(failure('bad-mac'));
    await expect(libAuthenticate(flipped)).rejects.toThrow('Bad mac');
  });

  it('an edited timestamp breaks the MAC; an old one is stale in both', async () => {
    const { creds, header, verify, libAuthenticate } = await fxaSetup();
    const edited = header.replace(`ts="${NOW}"`, `ts="${NOW + 1}"`);
    expect(await verify(edited)).toEqual(failure('bad-mac'));
    await expect(libAuthenticate(edited)).rejects.toThrow('Bad mac');

    const old = await hawkHeader({
      method: 'POST',
      url: URL_,
      credentials: creds,
      payload: BODY,
      contentType: 'application/json',
      timestampSec: NOW - 61,
    });
    expect(await verify(old)).toEqual(failure('stale'));
    await expect(libAuthenticate(old)).rejects.toThrow('Stale timestamp');
    expect((await verify(old, { skewSec: 120 })).ok).toBe(true);
    const atLimit = old.replace(`ts="${NOW - 61}"`, `ts="${NOW - 60}"`);
    expect(await verify(atLimit)).toEqual(failure('bad-mac'));
  });

  it('a hash-less header is rejected when the payload is checked, by both', async () => {
    const { creds, verify, libAuthenticate } = await fxaSetup();
    const noHash = await hawkHeader({
      method: 'POST',
      url: URL_,
      credentials: creds,
      timestampSec: NOW,
    });
    expect(noHash).not.toContain('hash=');
    expect(await verify(noHash)).toEqual(failure('bad-payload'));
    await expect(libAuthenticate(noHash)).rejects.toThrow('Missing required payload hash');
    expect((await verify(noHash, { payload: undefined })).ok).toBe(true);
  });
});

describe('verifyHawkHeader — request binding and header errors', () => {
  it('binds method, path, query, host and port', async () => {
    const { header, verify } = await fxaSetup();
    expect((await verify(header)).ok).toBe(true);
    expect(await verify(header, { method: 'PUT' })).toEqual(failure('bad-mac'));
    expect(await verify(header, { url: '/v1/recovery_email' })).toEqual(failure('bad-mac'));
    expect(await verify(header, { host: 'example.com' })).toEqual(failure('bad-mac'));
    expect(await verify(header, { port: 443 })).toEqual(failure('bad-mac'));
    expect((await verify(header, { host: 'LOCALHOST', port: '9000' })).ok).toBe(true);
    expect((await verify(header, { url: URL_ })).ok).toBe(true);
  });

  it('reports unknown ids, missing and malformed headers', async () => {
    const { creds, header, verify } = await fxaSetup();
    expect(await verify(header.replace(creds.id, 'f'.repeat(64)))).toEqual(failure('unknown-id'));
    expect(await verify('')).toEqual(failure('missing'));
    expect(await verify(`Bearer fxs_${creds.id}`)).toEqual(failure('missing'));
    expect(await verify('Hawk')).toEqual(failure('malformed'));
    expect(await verify('Hawk id="x", ts="1"')).toEqual(failure('malformed'));
    expect(await verify(header.replace(`ts="${NOW}"`, 'ts="soon"'))).toEqual(failure('malformed'));
    expect(await verify(`${header}, id="again"`)).toEqual(failure('malformed'));
    expect(await verify(header.replace('nonce=', 'other='))).toEqual(failure('malformed'));
    expect(await verify(header.replace(', mac=', ' mac='))).toEqual(failure('malformed'));
  });

  it('parses headers like hawk does', () => {
    expect(parseHawkHeader('hawk id="a", ts="1", nonce="n", mac="m"')).toEqual({
      id: 'a',
      ts: '1',
      nonce: 'n',
      mac: 'm',
    });
    expect(parseHawkHeader('Hawk id="a\\"b"')).toBe('malformed');
    expect(parseHawkHeader(undefined)).toBe('missing');
  });
});
