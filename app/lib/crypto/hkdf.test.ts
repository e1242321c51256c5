// Vectors: protocol.md §6.7 (_deriveHKDF vectors from mozilla/fxa libs/vendored/crypto-relier
// scoped-keys.spec.ts; v1/v2 are RFC 5869 test cases 1/3).
import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes, utf8 } from './bytes.ts';
import { hkdf, hmacSha256, hmacSha256Verify, sha256 } from './hkdf.ts';

const ikm22 = new Uint8Array(22).fill(0x0b);

describe('hkdf', () => {
  it('RFC 5869 case 1 (salt and info), 42 bytes', async () => {
    const out = await hkdf(
      ikm22,
      hexToBytes('f0f1f2f3f4f5f6f7f8f9'),
      hexToBytes('000102030405060708090a0b0c'),
      42,
    );
    expect(bytesToHex(out)).toBe(
      '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
    );
  });

  it('RFC 5869 case 3 (empty salt and info)', async () => {
    const out = await hkdf(ikm22, '', new Uint8Array(0), 42);
    expect(bytesToHex(out)).toBe(
      '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8',
    );
  });

  it('keyFetchToken info, 96 bytes', async () => {
    const out = await hkdf(
      hexToBytes('4a9cbe5ae7190a7bb7cc54d5d84f5e4ba743904f8a764933b72f10260067375a'),
      'identity.mozilla.com/picl/v1/keyFetchToken',
      new Uint8Array(0),
      96,
    );
    expect(bytesToHex(out)).toBe(
      'f4df04ffb79db35e94e4881719a6f145f9206e8efea17fc9f02a5ce09cbfac1e829a935f34111d75e0d16b7aa178e2766759eedb6f623c0babd2abcfea82bc12af75f6aa543a8ba7e0a029f87c785c4af0ad03889f7437f735b5256a88fc73fd',
    );
  });

  it('account/keys info, 96 bytes', async () => {
    const out = await hkdf(
      hexToBytes('ba0a107dab60f3b065ff7a642d14fe824fbd71bc5c99087e9e172a1abd1634f1'),
      'identity.mozilla.com/picl/v1/account/keys',
      new Uint8Array(0),
      96,
    );
    expect(bytesToHex(out)).toBe(
      '17ab463653a94c9a6419b48781930edefe500395e3b4e7879a2be1599975702285de16c3218a126404668bf9b7acfb6ce2b7e03c8889047ba48b8b854c6d8beb3ae100e145ca6d69cb519a872a83af788771954455716143bc08225ea8644d85',
    );
  });

  it('an all-zero 32-byte salt equals an empty salt', async () => {
    const ikm = hexToBytes('bc3851e9e610f631df94d7883d5defd5e5f55ab520bd5a9ae33dae26575c6b1a');
    const info = 'https://identity.mozilla.com/apps/notes';
    const expected = '989131d32cd665c26a57cf9ece14d0e5cf015834e9d2916d683a3bb486ceb06f';
    expect(bytesToHex(await hkdf(ikm, info, new Uint8Array(32), 32))).toBe(expected);
    expect(bytesToHex(await hkdf(ikm, info, new Uint8Array(0), 32))).toBe(expected);
  });
});

describe('sha256 / hmacSha256', () => {
  it('hashes (FIPS 180-2 "abc")', async () => {
    expect(bytesToHex(await sha256('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('HMACs (RFC 4231 case 2) and verifies', async () => {
    const key = utf8('Jefe');
    const data = utf8('what do ya want for nothing?');
    const mac = await hmacSha256(key, data);
    expect(bytesToHex(mac)).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    expect(await hmacSha256Verify(key, data, mac)).toBe(true);
    mac[0] = (mac[0] as number) ^ 1;
    expect(await hmacSha256Verify(key, data, mac)).toBe(false);
  });
});
