import { describe, expect, it } from 'vitest';
import { generateRecoveryCodes, normalizeRecoveryCode } from './recovery-codes';

describe('backup authentication codes', () => {
  it('8 unique lower-case Crockford codes of 10 characters (no i, l, o, u)', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(8);
    expect(new Set(codes).size).toBe(8);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{10}$/);
  });

  it('what a person types back is compared without case, spaces or dashes', () => {
    expect(normalizeRecoveryCode(' AB12-cd34 ef ')).toBe('ab12cd34ef');
  });
});
