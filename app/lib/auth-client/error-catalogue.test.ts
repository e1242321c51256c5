import { describe, expect, it } from 'vitest';
import { AUTH_ERRORS, catalogueEntry } from './error-catalogue';
import { AuthServerError, ERRNO, isInvalidTokenError } from './errors';
import { retryAfterSeconds } from './retry-after';

const failure = (errno: number, retryAfter?: number) =>
  new AuthServerError({ errno, code: 400, retryAfter });

describe('the error catalogue', () => {
  it('names each errno as ERRNO does', () => {
    for (const [errno, entry] of AUTH_ERRORS) {
      expect(entry.errno).toBe(errno);
      expect(ERRNO[entry.name]).toBe(errno);
    }
  });

  it('ends the session exactly where isInvalidTokenError says so', () => {
    for (const errno of AUTH_ERRORS.keys()) {
      expect(catalogueEntry(failure(errno))?.endsSession).toBe(isInvalidTokenError(failure(errno)));
    }
  });

  it("reads the wait of each 'retry-after' entry, and of no other", () => {
    for (const [errno, entry] of AUTH_ERRORS) {
      const wait = retryAfterSeconds(failure(errno, 30));
      expect(wait, entry.name).toBe(entry.retryable === 'retry-after' ? 30 : undefined);
    }
  });

  it('knows nothing of errors that are not the auth server’s', () => {
    expect(catalogueEntry(new Error('x'))).toBeUndefined();
  });
});
