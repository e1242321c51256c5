import { useCallback, useEffect, useState } from 'react';
import { OAUTH_ERRORS, type OAuthFailure, OAuthFailureError } from '../../lib/oauth/oauth-errors';
import type { ClientInfo } from '../../lib/oauth/oauth-params';

export type ClientInfoState =
  | { status: 'loading' }
  | { status: 'ok'; info: ClientInfo }
  | { status: 'error'; failure: OAuthFailure };

/**
 * The client's information for a page, fetched as it renders; `retry` asks the server again.
 * The fetching code (auth client) is its own chunk, loaded after the first render.
 */
export function useClientInfo(clientId: string | undefined): [ClientInfoState, () => void] {
  const [state, setState] = useState<ClientInfoState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!clientId) return;
    let live = true;
    // `attempt` re-runs this effect for "Try again".
    void attempt;
    import('../../lib/oauth/client-info')
      .then(({ loadClientInfo }) => loadClientInfo(clientId))
      .then(
        (info) => live && setState({ status: 'ok', info }),
        (error: unknown) =>
          live &&
          setState({
            status: 'error',
            failure:
              error instanceof OAuthFailureError
                ? error.failure
                : OAUTH_ERRORS.serviceUnavailable(),
          }),
      );
    return () => {
      live = false;
    };
  }, [clientId, attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return [state, retry];
}
