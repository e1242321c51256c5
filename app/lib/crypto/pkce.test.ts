import { describe, expect, it } from 'vitest';
import { createPkceVerifier, PKCE_VERIFIER_RE, pkceChallengeS256 } from './pkce.ts';

describe('PKCE S256', () => {
  it('reproduces RFC 7636 Appendix B', async () => {
    expect(await pkceChallengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('creates valid, distinct verifiers whose challenge is 43 base64url chars', async () => {
    const v = createPkceVerifier();
    expect(v).toMatch(PKCE_VERIFIER_RE);
    expect(createPkceVerifier()).not.toBe(v);
    expect(await pkceChallengeS256(v)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
