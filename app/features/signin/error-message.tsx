import { Localized } from '@fluent/react';
import type { ShownError } from '../../lib/auth-client/error-catalogue';

// The one ShownError type lives with the error catalogue; pages import it from here too.
export type { ShownError };

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
