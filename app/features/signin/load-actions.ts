import { useEffect } from 'react';
import { preload } from '../../lib/preload';
import { NETWORK_ERROR } from './error-message';
import type { StepFailure } from './signin-errors';

/** The pages' network and browser steps (actions.ts), loaded on demand. */
export const loadActions = () => import('./actions');

/**
 * Starts loading the steps once the page is on screen, so they are there by the time the user
 * submits. Never before first render, never blocking it.
 */
export function usePreloadActions(): void {
  useEffect(() => {
    preload(loadActions);
  }, []);
}

/** What a failed step means for the page. Offline before the steps loaded is a network error. */
export async function explainFailure(error: unknown): Promise<StepFailure> {
  try {
    return (await loadActions()).describeFailure(error);
  } catch {
    return { shown: NETWORK_ERROR, sessionGone: false };
  }
}
