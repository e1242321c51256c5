import { describe, expect, it } from 'vitest';
import { isValidEmail, looksLikeEmail } from './email';

describe('the one email check', () => {
  it.each([
    ['user@example.com', true, true],
    ['a@b', true, false],
    ['a@.b', true, false],
    ['a@b.', true, false],
    ['invalid@', false, false],
    ['two@@example.com', false, false],
    ['sp ace@example.com', false, false],
    [`${'a'.repeat(250)}@b.co`, true, false],
  ])('%s: looks like one %s, valid %s', (value, looks, valid) => {
    expect(looksLikeEmail(value)).toBe(looks);
    expect(isValidEmail(value)).toBe(valid);
  });
});
