import { describe, expect, it } from 'vitest';
import { AuthServerError, NetworkError } from './errors';
import { canUnblock } from './unblock';

const error = (errno: number, body: Record<string, unknown> = {}) =>
  new AuthServerError({ errno, code: errno === 114 ? 429 : 400, body: { errno, ...body } });

describe('canUnblock (upstream Signin: 125 or 114 with the email-captcha method)', () => {
  it('a customs block the user may lift by email', () => {
    expect(canUnblock(error(125, { verificationMethod: 'email-captcha' }))).toBe(true);
    expect(canUnblock(error(114, { verificationMethod: 'email-captcha', retryAfter: 30 }))).toBe(
      true,
    );
  });

  it('not a block that cannot be lifted, nor any other failure', () => {
    expect(canUnblock(error(125))).toBe(false);
    expect(canUnblock(error(114, { retryAfter: 30 }))).toBe(false);
    expect(canUnblock(error(103, { verificationMethod: 'email-captcha' }))).toBe(false);
    expect(canUnblock(new NetworkError('offline'))).toBe(false);
    expect(canUnblock(new Error('boom'))).toBe(false);
  });
});
