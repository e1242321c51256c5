import { queryOptions } from '@tanstack/react-query';
import { recoveryCodesCount, totpExists } from '../../../lib/auth-client/two-step';
import { withSessionToken } from '../data/queries';

// Whether two-step authentication is on and how many backup codes are left (upstream's GraphQL
// account `totp {exists, verified}` and `backupCodes {hasBackupCodes, count}`, which call
// GET /totp/exists and GET /recoveryCodes/exists). Asked once the section is on screen, after the
// settings page's first paint: never part of the round that gates its content.

export type TwoStepStatus = { enabled: boolean; codesLeft: number };

export const twoStepKey = (uid: string) => ['settings', uid, 'two-step'] as const;

export const twoStepQuery = (uid: string) =>
  queryOptions<TwoStepStatus>({
    queryKey: twoStepKey(uid),
    queryFn: () =>
      withSessionToken(async (token) => {
        const [enabled, codesLeft] = await Promise.all([
          totpExists(token),
          recoveryCodesCount(token),
        ]);
        return { enabled, codesLeft };
      }),
  });
