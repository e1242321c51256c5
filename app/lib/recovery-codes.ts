import { randomBytes } from './crypto/bytes';

// Backup authentication codes as upstream makes them in the browser (mozilla/fxa
// `packages/fxa-settings/src/lib/totp.ts` generateRecoveryCodes, `lib/random.ts`): 8 unique codes
// of 10 characters from the Crockford base32 alphabet, lower-cased. The auth server only stores
// them (POST/PUT /recoveryCodes) and accepts any BASE_36 code of 8–20 characters.

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_CODE_COUNT = 8;
export const RECOVERY_CODE_LENGTH = 10;

function oneCode(length: number): string {
  // 32 symbols: the low 5 bits of each random byte pick one without bias.
  return Array.from(randomBytes(length), (b) => CROCKFORD[b & 31])
    .join('')
    .toLowerCase();
}

export function generateRecoveryCodes(
  count = RECOVERY_CODE_COUNT,
  length = RECOVERY_CODE_LENGTH,
): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(oneCode(length));
  return [...codes];
}

/** What a person types back: spaces and dashes dropped, case ignored. */
export const normalizeRecoveryCode = (code: string) => code.replace(/[\s-]/g, '').toLowerCase();
