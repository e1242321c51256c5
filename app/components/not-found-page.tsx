import { Localized } from '@fluent/react';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <section className="card">
      <Localized id="not-found-heading">
        <h1>Page not found</h1>
      </Localized>
      <Localized id="not-found-body">
        <p>The page you requested was not found.</p>
      </Localized>
      <Link to="/">
        <Localized id="not-found-home">
          <span>Back to sign in</span>
        </Localized>
      </Link>
    </section>
  );
}
