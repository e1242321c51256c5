import { useEffect } from 'react';
import { preload } from '../../../lib/preload';
import { NETWORK_ERROR, type ShownError } from '../error-message';

/** The reset pages' steps (reset-steps.ts), loaded once the page is on screen. */
export const loadResetSteps = () => import('./reset-steps');

export function usePreloadResetSteps(): void {
  useEffect(() => {
    preload(loadResetSteps);
  }, []);
}

export const INVALID_KEY: ShownError = {
  l10nId: 'reset-error-invalid-key',
  fallback: 'Invalid account recovery key',
};

export const RESET_EXPIRED: ShownError = {
  l10nId: 'reset-error-expired',
  fallback: 'This reset has expired. Start again to get a new code.',
};

/** What a failed reset step tells the user. */
export async function explainResetFailure(error: unknown): Promise<ShownError> {
  try {
    const steps = await loadResetSteps();
    if (error instanceof steps.InvalidRecoveryKeyError) return INVALID_KEY;
    if (error instanceof steps.ResetExpiredError) return RESET_EXPIRED;
    return steps.describeFailure(error).shown;
  } catch {
    return NETWORK_ERROR;
  }
}
