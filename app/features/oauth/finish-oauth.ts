import type { SignedInAccount } from '../../session/precedence';

/**
 * Ends an OAuth flow once the user is signed in: asks the auth server for a code and sends the
 * browser back to the relier's validated redirect with `code` and `state` (or, for untrusted
 * reliers that have not consented yet, to the permissions page first).
 *
 * The sign-in pages call this for OAuth integrations; the OAuth feature implements it.
 * Resolves once navigation has been started; rejects with a typed error the caller shows inline.
 */
export async function finishOAuthFlow(_input: {
  account: SignedInAccount;
  /** The OAuth query of the flow (client_id, state, scope, redirect_uri, PKCE, …). */
  query: URLSearchParams;
  /** For an in-app step (the permissions page). */
  navigate: (to: string) => void;
}): Promise<void> {
  throw new Error('finishOAuthFlow is not implemented yet');
}
