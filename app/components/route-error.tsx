import { Localized } from '@fluent/react';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Last line of defence: a page that failed to load or render says so, never a white screen. */
export function RouteError() {
  const error = useRouteError();
  const chunkFailed =
    error instanceof TypeError && /dynamically imported module|import/i.test(error.message);
  return (
    <div className="card" role="alert">
      <Localized id="route-error-heading">
        <h1>Something went wrong</h1>
      </Localized>
      {chunkFailed || !isRouteErrorResponse(error) ? (
        <Localized id="route-error-retry-body">
          <p>The page could not be shown. Check your connection and try again.</p>
        </Localized>
      ) : (
        <p>{error.statusText}</p>
      )}
      <button type="button" className="button" onClick={() => window.location.reload()}>
        <Localized id="route-error-retry">
          <span>Try again</span>
        </Localized>
      </button>{' '}
      <Link to="/">
        <Localized id="route-error-home">
          <span>Back to sign in</span>
        </Localized>
      </Link>
    </div>
  );
}
