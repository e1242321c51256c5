import { compactDecrypt, exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { encryptToJwk, isEcPublicJwk } from './jwe';

describe('encryptToJwk (ECDH-ES + A256GCM compact JWE)', () => {
  it('a standard JOSE library decrypts it with the private key', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ECDH-ES', { crv: 'P-256' });
    const jwk = await exportJWK(publicKey);
    if (!isEcPublicJwk(jwk)) throw new Error('not an EC public key');
    const token = await encryptToJwk(jwk, '{"hello":"scoped keys"}');
    expect(token.split('.')).toHaveLength(5);
    expect(token.split('.')[1]).toBe('');
    const { plaintext, protectedHeader } = await compactDecrypt(token, privateKey);
    expect(new TextDecoder().decode(plaintext)).toBe('{"hello":"scoped keys"}');
    expect(protectedHeader).toMatchObject({
      alg: 'ECDH-ES',
      enc: 'A256GCM',
      epk: { crv: 'P-256' },
    });
  });

  it('each token uses a fresh ephemeral key and IV', async () => {
    const { publicKey } = await generateKeyPair('ECDH-ES', { crv: 'P-256' });
    const jwk = await exportJWK(publicKey);
    if (!isEcPublicJwk(jwk)) throw new Error('not an EC public key');
    const [a, b] = await Promise.all([encryptToJwk(jwk, 'x'), encryptToJwk(jwk, 'x')]);
    expect(a.split('.')[0]).not.toBe(b.split('.')[0]);
    expect(a.split('.')[2]).not.toBe(b.split('.')[2]);
  });

  it.each([
    ['a private key', { kty: 'EC', crv: 'P-256', x: 'a'.repeat(43), y: 'b'.repeat(43), d: 'c' }],
    ['another curve', { kty: 'EC', crv: 'P-384', x: 'a'.repeat(43), y: 'b'.repeat(43) }],
    ['an RSA key', { kty: 'RSA', n: 'abc', e: 'AQAB' }],
    ['not an object', 'EC'],
  ])('refuses %s as a recipient', (_name, value) => {
    expect(isEcPublicJwk(value)).toBe(false);
  });
});
