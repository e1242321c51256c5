import { Localized } from '@fluent/react';
import { lazy, Suspense } from 'react';
import { useRevalidator } from 'react-router';
import type { SigninFlow } from './flow';

// `/authorization`'s Bad Request, loaded only when a flow has to stop on it.
const OAuthBadRequest = lazy(() =>
  import('../../components/oauth-bad-request').then((m) => ({ default: m.BadRequest })),
);

/** upstream SERVICE_UNAVAILABLE: the client info could not be fetched (oauth-errors.ts). */
const SERVICE_UNAVAILABLE = 998;

/**
 * The flow cannot start: OAuth parameters that fail validation or the server's client info (the
 * same page as `/authorization`'s: upstream OAuthDataError, "Bad Request" with the OAuth error's
 * message) or a `redirect_to` off this origin (upstream errorViews test: "Bad Request: Invalid
 * Query Parameters", and no email box).
 */
export function BadRequest({ flow }: { flow: SigninFlow }) {
  const revalidator = useRevalidator();
  const failure = flow.oauth && !flow.oauth.ok ? flow.oauth.failure : undefined;
  if (failure) {
    // The server could not be asked: "Try again" runs the route's check again.
    const retry =
      failure.errno === SERVICE_UNAVAILABLE ? () => void revalidator.revalidate() : undefined;
    return (
      <Suspense fallback={null}>
        <OAuthBadRequest failure={failure} onRetry={retry} />
      </Suspense>
    );
  }
  return (
    <section className="card" aria-labelledby="bad-request-heading" data-signin-ready>
      <Localized id="oauth-bad-request-heading">
        <h1 id="bad-request-heading">Bad Request</h1>
      </Localized>
      <Localized id="signin-invalid-query">
        <p role="alert">Invalid Query Parameters</p>
      </Localized>
    </section>
  );
}

/** Whether the flow's URL is one the pages refuse to act on. */
export const isBadRequest = (flow: SigninFlow) =>
  flow.redirectToRefused || (flow.oauth !== null && !flow.oauth.ok);
