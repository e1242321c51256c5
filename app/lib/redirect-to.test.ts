import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeRedirectTo } from './redirect-to';

const origin = 'http://localhost:3030';

describe('safeRedirectTo', () => {
  it.each([
    ['/settings', '/settings'],
    ['/settings/avatar?x=1#top', '/settings/avatar?x=1#top'],
  ])('allows the internal path %s', (value, expected) => {
    expect(safeRedirectTo(value, origin)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '%09javascript:alert(1)',
    'java\tscript:alert(1)',
    '/\tjavascript:alert(1)',
    'https://evil.example/settings',
    '//evil.example/settings',
    '/.//evil.example',
    '/a/..//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'settings',
    'data:text/html,hi',
    '/.//evil.example',
    '/a/..//evil.example',
    '',
    `/${'a'.repeat(3000)}`,
  ])('refuses %s', (value) => {
    expect(safeRedirectTo(value, origin)).toBeUndefined();
  });

  it('whatever the input, the result stays on this origin', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.webPath()), (value) => {
        const result = safeRedirectTo(value, origin);
        if (result === undefined) return true;
        return (
          result.startsWith('/') &&
          !result.startsWith('//') &&
          new URL(result, origin).origin === origin
        );
      }),
      { numRuns: 2000 },
    );
    // 2000 runs are CPU-bound: room for a machine shared with other builds.
  }, 30_000);
});
