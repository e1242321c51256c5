// New-password rules of upstream's password form (fxa-settings FormPasswordWithInlineCriteria),
// shared by sign-up and the settings password change: at least 8 characters, not the account's
// email, not a commonly used password, and the confirmation must match. The server only enforces
// the length; the rest protects the user. Upstream checks a list of ~10k common passwords; this is
// its head, enough to stop the worst.

export const MIN_PASSWORD_LENGTH = 8;

const COMMON = new Set([
  '00000000',
  '11111111',
  '12345678',
  '123456789',
  '1234567890',
  '87654321',
  'abc12345',
  'abcd1234',
  'baseball',
  'football',
  'iloveyou',
  'password',
  'password1',
  'password123',
  'passw0rd',
  'princess',
  'qwerty123',
  'qwertyui',
  'qwertyuiop',
  'starwars',
  'sunshine',
  'superman',
  'trustno1',
  'whatever',
  'firefox1',
  'mozilla1',
]);

export type PasswordCheck = {
  length: boolean;
  notEmail: boolean;
  notCommon: boolean;
};

export function checkNewPassword(password: string, email: string): PasswordCheck {
  const lower = password.toLowerCase();
  return {
    length: password.length >= MIN_PASSWORD_LENGTH,
    notEmail: lower !== email.toLowerCase() && lower !== email.split('@')[0]?.toLowerCase(),
    notCommon: !COMMON.has(lower),
  };
}

export const passwordAcceptable = (check: PasswordCheck) =>
  check.length && check.notEmail && check.notCommon;
