import { describe, expect, it } from 'vitest';
import {
  base64urlDecode,
  base64urlEncode,
  bytesToHex,
  concatBytes,
  constantTimeEqual,
  hexToBytes,
  isHex,
  randomHex,
  utf8,
  xorBytes,
} from './bytes.ts';

describe('bytes', () => {
  it('round-trips hex and rejects odd or non-hex input', () => {
    expect(bytesToHex(hexToBytes('00ff10Ab'))).toBe('00ff10ab');
    expect(() => hexToBytes('abc')).toThrow();
    expect(() => hexToBytes('zz')).toThrow();
    expect(hexToBytes('')).toEqual(new Uint8Array(0));
  });

  it('encodes UTF-8 like the onepw vectors (andré@example.org)', () => {
    expect(bytesToHex(utf8('andré@example.org'))).toBe('616e6472c3a9406578616d706c652e6f7267');
    expect(bytesToHex(utf8('pässwörd'))).toBe('70c3a4737377c3b67264');
  });

  it('concatenates and xors', () => {
    expect(bytesToHex(concatBytes(hexToBytes('01'), new Uint8Array(0), hexToBytes('0203')))).toBe(
      '010203',
    );
    expect(bytesToHex(xorBytes(hexToBytes('f0f0'), hexToBytes('0ff0')))).toBe('ff00');
    expect(() => xorBytes(hexToBytes('00'), hexToBytes('0000'))).toThrow(RangeError);
  });

  it('makes random hex of the asked length', () => {
    const a = randomHex(32);
    expect(isHex(a, 32)).toBe(true);
    expect(randomHex(32)).not.toBe(a);
  });

  it('base64url round-trips without padding (RFC 4648 §5)', () => {
    const b = hexToBytes('fbff00fe');
    expect(base64urlEncode(b)).toBe('-_8A_g');
    expect(bytesToHex(base64urlDecode('-_8A_g'))).toBe('fbff00fe');
    expect(() => base64urlDecode('a+b')).toThrow();
  });

  it('compares in constant time but correctly', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'ab')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
    expect(constantTimeEqual('', 'a')).toBe(false);
  });
});
