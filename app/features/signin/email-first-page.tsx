import { Localized } from '@fluent/react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { readCurrentAccount } from '../../session/account-storage';
import { prefillEmail } from '../../session/precedence';
import { signedInAccount, useSessionStore } from '../../session/session-store';

/** `/`: email-first. The sign-in issue grows this into the account-status decision. */
export function EmailFirstPage() {
  const [params] = useSearchParams();
  const session = useSessionStore((s) => s.session);
  const navigate = useNavigate();
  // Until the user types, the suggestion follows the session: a browser reply that arrives
  // after the timeout still fills the box.
  const [typed, setTyped] = useState<string | null>(null);
  const email =
    typed ??
    prefillEmail({
      params,
      sessionEmail: signedInAccount(session)?.email,
      storedEmail: readCurrentAccount()?.email,
    });
  return (
    <section className="card" data-signin-ready>
      <Localized id="email-first-heading">
        <h1>Enter your email</h1>
      </Localized>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const next = new URLSearchParams(params);
          next.set('email', email);
          navigate(`/signin?${next.toString()}`);
        }}
      >
        <label className="field">
          <Localized id="email-first-email-label">
            <span>Email</span>
          </Localized>
          <input
            type="email"
            name="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setTyped(e.target.value)}
          />
        </label>
        <button type="submit" className="button primary">
          <Localized id="email-first-submit">
            <span>Sign up or sign in</span>
          </Localized>
        </button>
      </form>
    </section>
  );
}
