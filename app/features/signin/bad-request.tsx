import { lazy, Suspense } from 'react';
import { useRevalidator } from 'react-router';
import type { BadRequestReason } from '../../components/oauth-bad-request';
import type { SigninFlow } from './flow';

// The shared Bad Request page, loaded only when a flow has to stop on it.
const SharedBadRequest = lazy(() =>
  import('../../components/oauth-bad-request').then((m) => ({ default: m.BadRequest })),
);

/** upstream SERVICE_UNAVAILABLE: the client info could not be fetched (oauth-errors.ts). */
const SERVICE_UNAVAILABLE = 998;

/** A `redirect_to` off this origin (upstream errorViews test: "Bad Request: Invalid Query Parameters"). */
const INVALID_QUERY: BadRequestReason = {
  id: 'signin-invalid-query',
  message: 'Invalid Query Parameters',
};

/**
 * The flow cannot start: OAuth parameters that fail validation or the server's client info (the
 * same page as `/authorization`'s: upstream OAuthDataError, "Bad Request" with the OAuth error's
 * message) or a `redirect_to` off this origin ("Invalid Query Parameters", and no email box).
 */
export function BadRequest({ flow }: { flow: SigninFlow }) {
  const revalidator = useRevalidator();
  const failure = flow.oauth && !flow.oauth.ok ? flow.oauth.failure : undefined;
  // The server could not be asked: "Try again" runs the route's check again.
  const retry =
    failure?.errno === SERVICE_UNAVAILABLE ? () => void revalidator.revalidate() : undefined;
  return (
    <Suspense fallback={null}>
      <SharedBadRequest failure={failure ?? INVALID_QUERY} onRetry={retry} />
    </Suspense>
  );
}

/** Whether the flow's URL is one the pages refuse to act on. */
export const isBadRequest = (flow: SigninFlow) =>
  flow.redirectToRefused || (flow.oauth !== null && !flow.oauth.ok);
