import { describe, expect, it } from 'vitest';
import { hexToBytes } from './bytes.ts';
import {
  crockfordDecode,
  crockfordEncode,
  decryptRecoveryData,
  encryptRecoveryData,
  formatRecoveryKey,
  parseRecoveryKey,
  randomRecoveryKey,
  recoveryKeyId,
} from './recovery-key.ts';

// mozilla/fxa packages/fxa-auth-client/test/recoveryKey.ts (from the content server's
// app/tests/spec/lib/crypto/recovery-keys.js): the published vector.
const uid = 'aaaaabbbbbcccccdddddeeeeefffff00';
const keys = { kB: '000000111111222222333333444444555555666666777777888888999999ABCD' };
const iv = hexToBytes('eeddccbbaa99887766554433');
const vectorKey = hexToBytes('00443214c74254b635cf84653a56d7c675be77df');
const vectorKeyId = '6aa248931704886f54ac64b81b111bc0';
const vectorData =
  'eyJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiZGlyIiwia2lkIjoiNmFhMjQ4OTMxNzA0ODg2ZjU0YWM2NGI4MWIxMTFiYzAifQ..' +
  '7t3Mu6qZiHdmVUQz.qoXWfU77FBV67Pyy_GXAkoSuAbksIqAXZd2tkq48iD3u_qWEEAeYx-M3m2G373zes3OXsSZdJIGRFmd8bC9s4ZvN3kF3A6vK5g.' +
  'yT7bkdF8AYC6ecwsvRCI7A';

describe('recovery key', () => {
  it('the vector key is the Crockford alphabet', () => {
    expect(crockfordEncode(vectorKey)).toBe('0123456789ABCDEFGHJKMNPQRSTVWXYZ');
    expect(crockfordDecode('0123456789abcdefghjkmnpqrstvwxyz')).toEqual(vectorKey);
  });

  it('derives the upstream recoveryKeyId and recoveryData', async () => {
    expect(await recoveryKeyId(vectorKey, uid)).toBe(vectorKeyId);
    const bundle = await encryptRecoveryData(vectorKey, uid, keys, iv);
    expect(bundle).toEqual({ recoveryKeyId: vectorKeyId, recoveryData: vectorData });
  });

  it('decrypts the upstream recoveryData, and refuses another key', async () => {
    expect(await decryptRecoveryData(vectorKey, uid, vectorData)).toEqual(keys);
    await expect(decryptRecoveryData(randomRecoveryKey(), uid, vectorData)).rejects.toThrow();
  });

  it('new keys start with A, show as 8 groups of 4 and parse back', () => {
    const key = randomRecoveryKey();
    const shown = formatRecoveryKey(key);
    expect(shown).toMatch(/^A[0-9A-Z]{3}( [0-9A-Z]{4}){7}$/);
    expect(parseRecoveryKey(shown.toLowerCase())).toEqual(key);
    expect(parseRecoveryKey(shown.replace(/ /g, ''))).toEqual(key);
    expect(parseRecoveryKey(shown.slice(0, -1))).toBeNull();
    expect(parseRecoveryKey(`${shown.slice(0, -1)}U`)).toBeNull();
  });
});
