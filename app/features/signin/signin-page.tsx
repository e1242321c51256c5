import { Localized } from '@fluent/react';
import { useSearchParams } from 'react-router';
import { signedInAccount, useSessionStore } from '../../session/session-store';

/** `/signin`: placeholder until the sign-in issue; shows whom the page would sign in. */
export function SigninPage() {
  const [params] = useSearchParams();
  const account = useSessionStore((s) => signedInAccount(s.session));
  const email = params.get('email') ?? account?.email ?? '';
  return (
    <section className="card" data-signin-ready>
      <Localized id="signin-heading">
        <h1>Sign in</h1>
      </Localized>
      {email && <p className="email">{email}</p>}
    </section>
  );
}
