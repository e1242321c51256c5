import { afterEach, beforeEach, vi } from 'vitest';

// A console error or warning in a test is a bug (epic-stack's rule): fail loudly.
beforeEach(() => {
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      throw new Error(`console.${level} was called: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  // Absent in files that run under `@vitest-environment node` (servers talking real HTTP).
  globalThis.localStorage?.clear();
  globalThis.sessionStorage?.clear();
});
