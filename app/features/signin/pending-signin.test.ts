import { describe, expect, it } from 'vitest';
import { type PendingSignin, unconfirmedStep } from './pending-signin';

const base: PendingSignin = {
  account: {
    uid: 'a'.repeat(32),
    email: 'a@example.com',
    sessionToken: 'b'.repeat(64),
    verified: false,
  },
  action: 'signin',
  emailVerified: true,
  sessionVerified: false,
};

describe('the code page a sign-in still needs', () => {
  it('totp-2fa: the authenticator code, never the emailed one (upstream Signin/utils.ts)', () => {
    expect(unconfirmedStep({ ...base, verificationMethod: 'totp-2fa' })).toBe('/signin_totp_code');
    expect(unconfirmedStep({ ...base, verificationMethod: 'email-otp' })).toBe(
      '/signin_token_code',
    );
    expect(unconfirmedStep(base)).toBe('/signin_token_code');
  });

  it('an unconfirmed email comes first; a confirmed session needs nothing', () => {
    expect(unconfirmedStep({ ...base, emailVerified: false, verificationMethod: 'totp-2fa' })).toBe(
      '/confirm_signup_code',
    );
    expect(
      unconfirmedStep({ ...base, sessionVerified: true, verificationMethod: 'totp-2fa' }),
    ).toBe(null);
  });
});
