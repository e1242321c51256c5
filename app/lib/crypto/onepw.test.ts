// Vectors: protocol.md §6.1 (onepw wiki "Test Vectors") and §6.2 (fxa-auth-client test/crypto.ts).
import { describe, expect, it } from 'vitest';
import {
  createClientSaltV2,
  deriveCredentialsV1,
  deriveCredentialsV2,
  isClientSaltV2,
  kbFromWrapKb,
  wrapKbFromKb,
} from './onepw.ts';

const EMAIL = 'andré@example.org';
const PASSWORD = 'pässwörd';

describe('onepw v1', () => {
  it('derives the published authPW and unwrapBkey', async () => {
    expect(await deriveCredentialsV1(EMAIL, PASSWORD)).toEqual({
      authPW: '247b675ffb4c46310bc87e26d712153abe5e1c90ef00a4784594f97ef54f2375',
      unwrapBKey: 'de6a2648b78284fcb9ffa81ba95803309cfba7af583c01a8a1a63e567234dd28',
    });
  });

  it('salts with the email as given (case matters, hence errno 120)', async () => {
    const upper = await deriveCredentialsV1('André@example.org', PASSWORD);
    expect(upper.authPW).not.toBe(
      '247b675ffb4c46310bc87e26d712153abe5e1c90ef00a4784594f97ef54f2375',
    );
  });

  it('unwraps the published wrapkB to kB and back', () => {
    const wrapKB = '7effe354abecbcb234a8dfc2d7644b4ad339b525589738f2d27341bb8622ecd8';
    const unwrapBKey = 'de6a2648b78284fcb9ffa81ba95803309cfba7af583c01a8a1a63e567234dd28';
    const kB = 'a095c51c1c6e384e8d5777d97e3c487a4fc2128a00ab395a73d57fedf41631f0';
    expect(kbFromWrapKb(wrapKB, unwrapBKey)).toBe(kB);
    expect(wrapKbFromKb(kB, unwrapBKey)).toBe(wrapKB);
  });
});

describe('onepw v2', () => {
  it('builds the client salt like createSaltV2', () => {
    expect(createClientSaltV2('0123456789abcdef0123456789abcdef')).toBe(
      'identity.mozilla.com/picl/v1/quickStretchV2:0123456789abcdef0123456789abcdef',
    );
    expect(isClientSaltV2(createClientSaltV2())).toBe(true);
    expect(createClientSaltV2()).not.toBe(createClientSaltV2());
    expect(() => createClientSaltV2('0123')).toThrow();
    expect(() => createClientSaltV2('0123456789ABCDEF0123456789ABCDEF')).toThrow();
  });

  it('derives the published v2 authPW and unwrapBKey (650 000 iterations)', async () => {
    const salt = createClientSaltV2('0123456789abcdef0123456789abcdef');
    expect(await deriveCredentialsV2(salt, PASSWORD)).toEqual({
      authPW: 'd278c764bd1852a14bfc4e9d8c1682b4f1a57edb9a9372bf8c370cc41592155b',
      unwrapBKey: '616616095eff30032abf6a47df30d9a3fc799d8af5e8519905c1601170553493',
    });
  });

  it('refuses a malformed salt rather than stretching with it', async () => {
    await expect(
      deriveCredentialsV2('identity.mozilla.com/picl/v1/quickStretch:a@b', 'x'),
    ).rejects.toThrow();
  });
});
