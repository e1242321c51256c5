// Vectors: protocol.md §6.1 (onepw wiki: keyFetchToken and sessionToken) and §6.4
// (fxa-auth-client test/hawk.ts, test/bearer.ts).
import { describe, expect, it } from 'vitest';
import { bytesToHex } from './bytes.ts';
import { bearerHeader, deriveTokenCredentials, parseBearerHeader } from './token-credentials.ts';

const SESSION_TOKEN = 'a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf';
const SESSION_ID = 'c0a29dcf46174973da1378696e4c82ae10f723cf4f4d9f75e39f4ae3851595ab';
const KEY_FETCH_TOKEN = '808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f';

describe('deriveTokenCredentials', () => {
  it('sessionToken → published tokenId and reqHMACkey', async () => {
    const c = await deriveTokenCredentials(SESSION_TOKEN, 'sessionToken');
    expect(c.id).toBe(SESSION_ID);
    expect(bytesToHex(c.key)).toBe(
      '9d8f22998ee7f5798b887042466b72d53e56ab0c094388bf65831f702d2febc0',
    );
    expect(bytesToHex(c.extra)).toBe(
      '37e3fceb754cb57362a8bd60a2f2344a7c285d17ddb2b57733640ce6d1b6a7a8',
    );
  });

  it('keyFetchToken → published tokenId, reqHMACkey and keyRequestKey', async () => {
    const c = await deriveTokenCredentials(KEY_FETCH_TOKEN, 'keyFetchToken');
    expect(c.id).toBe('3d0a7c02a15a62a2882f76e39b6494b500c022a8816e048625a495718998ba60');
    expect(bytesToHex(c.key)).toBe(
      '87b8937f61d38d0e29cd2d5600b3f4da0aa48ac41de36a0efe84bb4a9872ceb7',
    );
    expect(bytesToHex(c.extra)).toBe(
      '14f338a9e8c6324d9e102d4e6ee83b209796d5c74bb734a410e729e014a4a546',
    );
  });

  it('the kind is part of the derivation', async () => {
    const a = await deriveTokenCredentials(SESSION_TOKEN, 'sessionToken');
    const b = await deriveTokenCredentials(SESSION_TOKEN, 'passwordChangeToken');
    expect(b.id).not.toBe(a.id);
  });
});

describe('Bearer', () => {
  it('builds the published fxs_ header', async () => {
    expect(await bearerHeader(SESSION_TOKEN, 'sessionToken')).toBe(`Bearer fxs_${SESSION_ID}`);
  });

  it('uses the ADR-0050 prefixes', async () => {
    expect(await bearerHeader(KEY_FETCH_TOKEN, 'keyFetchToken')).toMatch(
      /^Bearer fxk_[0-9a-f]{64}$/,
    );
    expect(await bearerHeader(SESSION_TOKEN, 'passwordChangeToken')).toMatch(/^Bearer fxpc_/);
    expect(await bearerHeader(SESSION_TOKEN, 'accountResetToken')).toMatch(/^Bearer fxar_/);
    expect(await bearerHeader(SESSION_TOKEN, 'passwordForgotToken')).toMatch(/^Bearer fxpf_/);
  });

  it('parses only prefixed 64-hex bearer tokens', () => {
    expect(parseBearerHeader(`Bearer fxs_${SESSION_ID}`)).toEqual({
      kind: 'sessionToken',
      id: SESSION_ID,
    });
    expect(parseBearerHeader(`Bearer fxpc_${SESSION_ID}`)?.kind).toBe('passwordChangeToken');
    expect(parseBearerHeader(`Bearer ${SESSION_ID}`)).toBeNull();
    expect(parseBearerHeader(`Bearer fxq_${SESSION_ID}`)).toBeNull();
    expect(parseBearerHeader(`Bearer fxs_${SESSION_ID.toUpperCase()}`)).toBeNull();
    expect(parseBearerHeader(undefined)).toBeNull();
  });
});
