import { Localized } from '@fluent/react';
import type { SigninFlow } from './flow';

/**
 * The flow cannot start: OAuth parameters that fail validation (upstream OAuthDataError, "Bad
 * Request" with the OAuth error's message) or a `redirect_to` off this origin (upstream
 * errorViews test: "Bad Request: Invalid Query Parameters", and no email box).
 */
export function BadRequest({ flow }: { flow: SigninFlow }) {
  const failure = flow.oauth && !flow.oauth.ok ? flow.oauth.failure : undefined;
  return (
    <section className="card" aria-labelledby="bad-request-heading" data-signin-ready>
      <Localized id="oauth-bad-request-heading">
        <h1 id="bad-request-heading">Bad Request</h1>
      </Localized>
      {failure ? (
        // The OAuth feature names each failure's message (oauth-errors.ts); its English text is
        // the fallback until that message exists.
        <Localized id={failure.id} vars={failure.param ? { param: failure.param } : undefined}>
          <p role="alert">{failure.message}</p>
        </Localized>
      ) : (
        <Localized id="signin-invalid-query">
          <p role="alert">Invalid Query Parameters</p>
        </Localized>
      )}
    </section>
  );
}

/** Whether the flow's URL is one the pages refuse to act on. */
export const isBadRequest = (flow: SigninFlow) =>
  flow.redirectToRefused || (flow.oauth !== null && !flow.oauth.ok);
