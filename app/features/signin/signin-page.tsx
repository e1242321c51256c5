import { Localized } from '@fluent/react';
import { type FormEvent, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { RetryCountdown } from '../../components/retry-countdown';
import { useRetryWait } from '../../lib/retry-wait';
import type { SignedInAccount } from '../../session/precedence';
import { signedInAccount, useSessionStore } from '../../session/session-store';
import { BadRequest, isBadRequest } from './bad-request';
import { sameEmail } from './email';
import { ErrorMessage, type ShownError } from './error-message';
import type { StepNavigate } from './finish-signin';
import { emailFirstPath, type SigninFlow, withoutPrefill, withQuery } from './flow';
import { explainFailure, loadActions, usePreloadActions } from './load-actions';
import { type StepState, useStep } from './signin-state';
import { StorageNotice } from './storage-notice';

/**
 * `/signin`, `/oauth/signin`. With a session for this email and a flow that does not need the
 * password (not Sync, no keys, no `prompt=login`/`max_age=0`), one "Continue as …" button;
 * otherwise the password (fxa-upstream.md §4.4).
 */
export function SigninPage() {
  const { flow, state } = useStep();
  const account = useSessionStore((s) => signedInAccount(s.session));
  // Once the user has sent a password the page stays the password page: the sign-in stores its
  // new session before it moves on to the code page (or back to the relier), and that session
  // must not turn this page into "Continue as" for the moment in between, nor hide an error the
  // step ends with (issue #20, item 7).
  const [passwordSent, setPasswordSent] = useState(false);
  usePreloadActions();
  if (isBadRequest(flow)) return <BadRequest flow={flow} />;
  const email = state.email ?? flow.emailHint ?? account?.email;
  if (!email) return <Navigate to={withQuery(emailFirstPath(flow), flow.query)} replace />;
  const sessionForEmail = account && sameEmail(account.email, email) ? account : undefined;
  if (sessionForEmail && !flow.passwordRequired && !passwordSent) {
    return <CachedSignin flow={flow} account={sessionForEmail} />;
  }
  return (
    <PasswordSignin
      flow={flow}
      email={email}
      knownUid={sessionForEmail?.uid}
      expired={state.notice === 'session-expired'}
      onPasswordSent={() => setPasswordSent(true)}
    />
  );
}

/** Email-first again, the email kept in the box, whatever session the page has. */
function useDifferentAccount(flow: SigninFlow, email: string) {
  const navigate = useNavigate();
  return () =>
    navigate(withQuery(emailFirstPath(flow), withoutPrefill(flow.query)), {
      state: { stay: true, email } satisfies StepState,
    });
}

/** A browser sign-in the user (or Firefox) declined: back to email-first, saying so. */
function useCancelled(flow: SigninFlow, email: string) {
  const navigate = useNavigate();
  return () =>
    navigate(withQuery(emailFirstPath(flow), withoutPrefill(flow.query)), {
      replace: true,
      state: { stay: true, email, notice: 'cancelled' } satisfies StepState,
    });
}

function useStepNavigate(): StepNavigate {
  const navigate = useNavigate();
  return (to, options) => navigate(to, options);
}

type CachedSigninProps = {
  flow: SigninFlow;
  account: SignedInAccount;
  /** force_auth: the URL names the account, so there is no "Use a different account". */
  fixedEmail?: boolean;
};

export function CachedSignin({ flow, account, fixedEmail = false }: CachedSigninProps) {
  const navigate = useStepNavigate();
  const location = useLocation();
  const signOut = useSessionStore((s) => s.signOut);
  const differentAccount = useDifferentAccount(flow, account.email);
  const cancelled = useCancelled(flow, account.email);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const wait = useRetryWait(error, error?.retryAfter);

  const onContinue = async () => {
    setBusy(true);
    setError(null);
    try {
      const { continueWithSession } = await loadActions();
      if ((await continueWithSession(account, flow, navigate)) === 'cancelled') cancelled();
    } catch (e) {
      const failure = await explainFailure(e);
      if (failure.sessionGone) {
        // The token is gone: ask for the password, and forget the token (the email stays known).
        navigate(location.pathname + location.search, {
          replace: true,
          state: { email: account.email, notice: 'session-expired' },
        });
        signOut();
        return;
      }
      setError(failure.shown);
      setBusy(false);
    }
  };

  return (
    <section className="card signin-card" aria-labelledby="cached-signin-heading" data-signin-ready>
      <Localized id="cached-signin-heading">
        <h1 id="cached-signin-heading">Sign in</h1>
      </Localized>
      <StorageNotice />
      {error !== null && <ErrorMessage error={error} />}
      <RetryCountdown wait={wait} />
      <button
        type="button"
        className="button primary signin-wide"
        disabled={busy || wait.waiting}
        onClick={() => void onContinue()}
      >
        {busy ? (
          <Localized id="cached-signin-busy">
            <span>Signing in…</span>
          </Localized>
        ) : (
          <Localized id="cached-signin-continue" vars={{ email: account.email }}>
            <span>Continue as {account.email}</span>
          </Localized>
        )}
      </button>
      {!fixedEmail && (
        <button type="button" className="link-button" onClick={differentAccount}>
          <Localized id="signin-use-different-account">
            <span>Use a different account</span>
          </Localized>
        </button>
      )}
    </section>
  );
}

type PasswordSigninProps = {
  flow: SigninFlow;
  email: string;
  knownUid: string | undefined;
  expired: boolean;
  /** force_auth: the URL names the account, so there is no "Use a different account". */
  fixedEmail?: boolean;
  /** Told when a sign-in with the password starts. */
  onPasswordSent: () => void;
};

export function PasswordSignin({
  flow,
  email,
  knownUid,
  expired,
  fixedEmail = false,
  onPasswordSent,
}: PasswordSigninProps) {
  const navigate = useStepNavigate();
  const differentAccount = useDifferentAccount(flow, email);
  const cancelled = useCancelled(flow, email);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const wait = useRetryWait(error, error?.retryAfter);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || wait.waiting || password === '') return;
    setBusy(true);
    onPasswordSent();
    setError(null);
    try {
      const { signInWithPassword } = await loadActions();
      const result = await signInWithPassword({ email, password, flow, navigate, knownUid });
      if (result === 'cancelled') cancelled();
    } catch (e) {
      setError((await explainFailure(e)).shown);
      setBusy(false);
    }
  };

  return (
    <section className="card signin-card" aria-labelledby="signin-heading" data-signin-ready>
      <Localized id="signin-heading">
        <h1 id="signin-heading">Enter your password</h1>
      </Localized>
      <StorageNotice />
      <Localized id="signin-subheading">
        <p>for your Mozilla account</p>
      </Localized>
      {expired && (
        <Localized id="signin-session-expired">
          <p className="signin-notice" role="alert">
            Session expired. Sign in to continue.
          </p>
        </Localized>
      )}
      <p className="email">{email}</p>
      <form onSubmit={(e) => void onSubmit(e)}>
        <label className="field">
          <Localized id="signin-password-label">
            <span>Password</span>
          </Localized>
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            // biome-ignore lint/a11y/noAutofocus: the password is the one thing this step asks for
            autoFocus
            value={password}
            aria-invalid={error !== null || undefined}
            aria-describedby={error !== null ? 'signin-error' : undefined}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error !== null && <ErrorMessage error={error} id="signin-error" />}
        <RetryCountdown wait={wait} />
        <button
          type="submit"
          className="button primary signin-wide"
          disabled={busy || wait.waiting}
        >
          {busy ? (
            <Localized id="signin-busy">
              <span>Signing in…</span>
            </Localized>
          ) : (
            <Localized id="signin-submit">
              <span>Sign in</span>
            </Localized>
          )}
        </button>
      </form>
      <Link
        className="signin-forgot-password"
        to={withQuery('/reset_password', flow.query)}
        state={{ email } satisfies StepState}
      >
        <Localized id="signin-forgot-password">
          <span>Forgot password?</span>
        </Localized>
      </Link>
      {!fixedEmail && (
        <button type="button" className="link-button" onClick={differentAccount}>
          <Localized id="signin-use-different-account">
            <span>Use a different account</span>
          </Localized>
        </button>
      )}
    </section>
  );
}
