import { describe, expect, it } from 'vitest';
import { deriveScopedKey } from './scoped-keys';

// Known-answer vectors of fxa-crypto-relier's ScopedKeys tests, which Firefox's own
// test_keys.js repeats (services/fxaccounts/tests/xpcshell).
const uid = 'aeaa1725c7a24ff983c6295725d5fc9b';

describe('deriveScopedKey', () => {
  it('derives a general scoped key (notes)', async () => {
    expect(
      await deriveScopedKey({
        kB: '8b2e1303e21eee06a945683b8d495b9bf079ca30baa37eb8392d9ffa4767be45',
        uid,
        identifier: 'app_key:https%3A//example.com',
        keyRotationSecret: '517d478cb4f994aa69930416648a416fdaa1762c5abf401a2acf11a0f185e98d',
        keyRotationTimestamp: 1510726317000,
      }),
    ).toEqual({
      kty: 'oct',
      scope: 'app_key:https%3A//example.com',
      k: 'Kkbk1_Q0oCcTmggeDH6880bQrxin2RLu5D00NcJazdQ',
      kid: '1510726317-Voc-Eb9IpoTINuo9ll7bjA',
    });
  });

  it('derives the legacy Sync key (kSync, with kB’s hash in the kid)', async () => {
    expect(
      await deriveScopedKey({
        kB: 'eaf9570b7219a4187d3d6bf3cec2770c2e0719b7cc0dfbb38243d6f1881675e9',
        uid,
        identifier: 'https://identity.mozilla.com/apps/oldsync',
        keyRotationSecret: '0'.repeat(64),
        keyRotationTimestamp: 1510726317123,
      }),
    ).toEqual({
      kty: 'oct',
      scope: 'https://identity.mozilla.com/apps/oldsync',
      k: 'DW_ll5GwX6SJ5GPqJVAuMUP2t6kDqhUulc2cbt26xbTcaKGQl-9l29FHAQ7kUiJETma4s9fIpEHrt909zgFang',
      kid: '1510726317123-IqQv4onc7VcVE1kTQkyyOw',
    });
  });
});
