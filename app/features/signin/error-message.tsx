import { Localized } from '@fluent/react';

/** A failure as the user reads it: a Fluent id, its English text and variables. */
export type ShownError = {
  l10nId: string;
  fallback: string;
  vars?: Record<string, string>;
  /** Seconds the server asked to wait before the step is tried again (lib/retry-wait.ts). */
  retryAfter?: number;
};

export const NETWORK_ERROR: ShownError = {
  l10nId: 'signin-error-network',
  fallback: 'Could not reach the server. Check your connection and try again.',
};

/** A failed step, said in words; role="alert" so it is announced when it appears. */
export function ErrorMessage({ error, id }: { error: ShownError; id?: string }) {
  return (
    <Localized id={error.l10nId} vars={error.vars}>
      <p className="signin-error" role="alert" id={id}>
        {error.fallback}
      </p>
    </Localized>
  );
}
