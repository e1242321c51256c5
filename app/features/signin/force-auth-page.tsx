import { Localized } from '@fluent/react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { signedInAccount, useSessionStore } from '../../session/session-store';
import { BadRequest, isBadRequest } from './bad-request';
import { isValidEmail, sameEmail } from './email';
import { type SigninFlow, withQuery } from './flow';
import type { ForceAuthAccount } from './force-auth';
import { loadActions, usePreloadActions } from './load-actions';
import { CachedSignin, PasswordSignin } from './signin-page';
import { type StepState, useStep } from './signin-state';

// `/force_auth`, `/oauth/force_auth` (and `/authorization?action=force_auth`): sign in again to
// exactly the account the URL names, e.g. Firefox's "Reconnect to Sync" after the session ended
// elsewhere. The email cannot be changed and no other account the page knows is used (upstream
// Backbone views/force_auth.js; fxa-settings App routes both paths to SigninContainer; tests
// functional-tests misc/forceAuth.spec.ts, react-conversion/forceAuth.spec.ts).

/** A uid as the auth server writes it (32 lower-case hex). */
const UID = /^[0-9a-f]{32}$/;

/** `error`: the check failed (offline…): the password step goes on and its sign-in will say why. */
type Check = ForceAuthAccount | 'checking' | 'error';

/** Asks the server whether the named account exists, once per email and uid. */
function useAccountCheck(flow: SigninFlow, email: string | undefined, uid: string | undefined) {
  const [check, setCheck] = useState<{ key: string; result: Check } | null>(null);
  const key = `${email ?? ''} ${uid ?? ''}`;
  // The flow object changes with the location; only what the request names matters.
  const [flowAtStart] = useState(flow);
  useEffect(() => {
    if (email === undefined) return;
    let live = true;
    loadActions()
      .then(({ checkForceAuthAccount }) => checkForceAuthAccount(flowAtStart, email, uid))
      .then(
        (result) => live && setCheck({ key, result }),
        () => live && setCheck({ key, result: 'error' }),
      );
    return () => {
      live = false;
    };
  }, [flowAtStart, email, uid, key]);
  return check?.key === key ? check.result : 'checking';
}

export function ForceAuthPage() {
  const { flow, state } = useStep();
  const account = useSessionStore((s) => signedInAccount(s.session));
  // Once a password is sent, this stays the password page (no "Continue as" flash, as sign-in).
  const [passwordSent, setPasswordSent] = useState(false);
  usePreloadActions();
  // Only the URL names the account: never the session's, the stored one or the last step's.
  const email = flow.emailHint;
  const rawUid = new URLSearchParams(flow.query).get('uid');
  const usable =
    !isBadRequest(flow) &&
    email !== undefined &&
    isValidEmail(email) &&
    (rawUid === null || UID.test(rawUid));
  const check = useAccountCheck(
    flow,
    usable ? email : undefined,
    usable && rawUid ? rawUid : undefined,
  );
  // Upstream requires a valid `email` (and a well-formed `uid` if any): else Bad Request.
  if (!usable || email === undefined) return <BadRequest flow={flow} />;
  if (check === 'checking') return <Checking />;
  if (check === 'unknown' || check === 'deleted') {
    return <AccountGone flow={flow} email={email} canSignUp={check === 'unknown'} />;
  }
  const sessionForEmail = account && sameEmail(account.email, email) ? account : undefined;
  if (sessionForEmail && !flow.passwordRequired && !passwordSent) {
    return <CachedSignin flow={flow} account={sessionForEmail} fixedEmail />;
  }
  return (
    <PasswordSignin
      flow={flow}
      email={email}
      knownUid={sessionForEmail?.uid}
      expired={state.notice === 'session-expired'}
      fixedEmail
      onPasswordSent={() => setPasswordSent(true)}
    />
  );
}

function Checking() {
  return (
    <section className="card signin-card" aria-labelledby="force-auth-heading" aria-busy="true">
      <Localized id="cached-signin-heading">
        <h1 id="force-auth-heading">Sign in</h1>
      </Localized>
      <Localized id="force-auth-checking">
        <p role="status">Checking your account…</p>
      </Localized>
    </section>
  );
}

/** No account for this email (upstream DELETED_ACCOUNT, "Account no longer exists"). */
function AccountGone(props: { flow: SigninFlow; email: string; canSignUp: boolean }) {
  const { flow, email, canSignUp } = props;
  return (
    <section
      className="card signin-card"
      aria-labelledby="force-auth-gone-heading"
      data-signin-ready
    >
      <Localized id="force-auth-gone-heading">
        <h1 id="force-auth-gone-heading">Account no longer exists</h1>
      </Localized>
      <p className="email">{email}</p>
      {canSignUp ? (
        <>
          <Localized id="force-auth-gone-unknown">
            <p>There is no Mozilla account with this email address. It may have been deleted.</p>
          </Localized>
          <Link
            className="button primary signin-wide"
            to={withQuery(`${flow.prefix}/signup`, flow.query)}
            state={{ email } satisfies StepState}
          >
            <Localized id="force-auth-create-account">
              <span>Create an account</span>
            </Localized>
          </Link>
        </>
      ) : (
        <Localized id="force-auth-gone-deleted">
          <p>
            The account this link was made for has been deleted. Go back to the app that sent you
            here and sign in again.
          </p>
        </Localized>
      )}
    </section>
  );
}
