import { describe, expect, it } from 'vitest';
import { checkNewPassword, passwordAcceptable } from './password-rules';

describe('new password rules', () => {
  const email = 'Someone@Example.com';

  it('accepts a long, personal password', () => {
    expect(passwordAcceptable(checkNewPassword('purple monkey dishwasher', email))).toBe(true);
  });

  it.each([
    ['short', 'length'],
    ['someone@example.com', 'notEmail'],
    ['SOMEONE@EXAMPLE.COM', 'notEmail'],
    ['someone', 'notEmail'],
    ['Password', 'notCommon'],
    ['12345678', 'notCommon'],
  ] as const)('%s breaks the %s rule', (password, rule) => {
    const check = checkNewPassword(password, email);
    expect(check[rule]).toBe(false);
    expect(passwordAcceptable(check)).toBe(false);
  });

  it('a password that merely contains the name is fine', () => {
    expect(passwordAcceptable(checkNewPassword('someone else entirely', email))).toBe(true);
  });
});
