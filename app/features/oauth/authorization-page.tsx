import { Localized } from '@fluent/react';

/** `/authorization`: placeholder until the OAuth issue. */
export function AuthorizationPage() {
  return (
    <section className="card" data-authz-ready>
      <Localized id="authorization-heading">
        <h1>Continue to your application</h1>
      </Localized>
    </section>
  );
}
