import { describe, expect, it } from 'vitest';
import { readStepState } from './signin-state';

describe('readStepState (history state is not trusted)', () => {
  it('keeps the fields it knows', () => {
    expect(readStepState({ email: 'a@b.c', stay: true, notice: 'cancelled' })).toEqual({
      email: 'a@b.c',
      stay: true,
      notice: 'cancelled',
    });
  });

  it.each([
    ['null', null],
    ['a string', 'a@b.c'],
    ['wrong types', { email: 5, stay: 'yes', notice: 'hacked' }],
    ['an overlong email', { email: `${'a'.repeat(300)}@b.c` }],
  ])('drops %s', (_name, raw) => {
    expect(readStepState(raw)).toEqual({});
  });

  it('never carries tokens along', () => {
    expect(readStepState({ email: 'a@b.c', sessionToken: 'f'.repeat(64) })).toEqual({
      email: 'a@b.c',
    });
  });
});
