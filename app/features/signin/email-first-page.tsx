import { Localized } from '@fluent/react';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { RetryCountdown } from '../../components/retry-countdown';
import { useRetryWait } from '../../lib/retry-wait';
import { isSettingsPath } from '../../lib/settings-path';
import { readCurrentAccount } from '../../session/account-storage';
import { prefillEmail } from '../../session/precedence';
import { signedInAccount, useSessionStore } from '../../session/session-store';
import { BadRequest, isBadRequest } from './bad-request';
import { isValidEmail, sameEmail } from './email';
import { ErrorMessage, type ShownError } from './error-message';
import { type SigninFlow, withQuery } from './flow';
import { explainFailure, loadActions, usePreloadActions } from './load-actions';
import { useStep } from './signin-state';
import { StorageNotice } from './storage-notice';

/**
 * `/` and `/oauth`: email-first. The address comes from `email`/`login_hint`, else the session's
 * account (which goes straight on to sign-in: no request), else the last account stored here.
 * `POST /account/status` then picks sign-in or sign-up (upstream pages/Index/container.tsx).
 */
export function EmailFirstPage() {
  const { flow, state } = useStep();
  if (isBadRequest(flow)) return <BadRequest flow={flow} />;
  return (
    <EmailFirst
      flow={flow}
      stay={state.stay === true}
      stateEmail={state.email}
      notice={state.notice}
    />
  );
}

/** `redirect_to` when it names a settings page (the settings guard's own; never OAuth's). */
function settingsRedirect(flow: SigninFlow): string | undefined {
  if (flow.isOAuth || !flow.redirectTo) return undefined;
  return isSettingsPath(new URL(flow.redirectTo, window.location.origin).pathname)
    ? flow.redirectTo
    : undefined;
}

type EmailFirstProps = {
  flow: SigninFlow;
  /** "Use a different account" or a cancelled browser sign-in: show the form whatever the session. */
  stay: boolean;
  stateEmail: string | undefined;
  notice: string | undefined;
};

function EmailFirst({ flow, stay, stateEmail, notice }: EmailFirstProps) {
  const navigate = useNavigate();
  usePreloadActions();
  const account = useSessionStore((s) => signedInAccount(s.session));
  const fromBrowser = useSessionStore(
    (s) => s.session.status === 'signed-in' && s.session.source === 'browser',
  );
  const hint = stay ? undefined : flow.emailHint;
  // Until the user types, the suggestion follows the session: a browser reply that arrives after
  // the timeout still fills it in.
  const [typed, setTyped] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const wait = useRetryWait(error, error?.retryAfter);
  const [invalid, setInvalid] = useState(hint !== undefined && !isValidEmail(hint));
  const browserEmail = useSessionStore((s) => s.device.browserEmail);
  const email =
    typed ??
    stateEmail ??
    prefillEmail({
      hint,
      sessionEmail: account?.email,
      browserEmail,
      storedEmail: readCurrentAccount()?.email,
    });

  const checkEmail = async (address: string) => {
    if (!isValidEmail(address)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setError(null);
    const stepState = { email: address };
    // The session's own account exists: no need to ask the server.
    if (account && sameEmail(account.email, address)) {
      navigate(withQuery(`${flow.prefix}/signin`, flow.query), { state: stepState });
      return;
    }
    setBusy(true);
    try {
      const { accountStatus } = await loadActions();
      const status = await accountStatus(
        address,
        flow.isOAuth ? { clientId: flow.integration.clientId } : { service: flow.service },
      );
      const step = status.exists ? 'signin' : 'signup';
      navigate(withQuery(`${flow.prefix}/${step}`, flow.query), { state: stepState });
    } catch (e) {
      setError((await explainFailure(e)).shown);
      setBusy(false);
    }
  };

  // A valid `email`/`login_hint` is submitted for the user (upstream auto-submits the suggestion).
  const autoSubmitted = useRef(false);
  useEffect(() => {
    if (autoSubmitted.current || hint === undefined || !isValidEmail(hint)) return;
    autoSubmitted.current = true;
    void checkEmail(hint);
  });

  // A session and nothing else asked for: go on to "Continue as …" (no request needed). The
  // state is kept the same object across renders: <Navigate> navigates again whenever it
  // changes, and a re-render while the next page's loader runs (it asks the server about an
  // OAuth client) would restart that navigation over and over.
  const sessionEmail = account?.email;
  const sessionState = useMemo(
    () => (sessionEmail ? { email: sessionEmail } : undefined),
    [sessionEmail],
  );
  const offerSession = !stay && hint === undefined && typed === null && !busy && account;
  if (offerSession) {
    // The settings guard sent the page here before Firefox answered (a Firefox opened at launch
    // refuses until its channel exists, bootstrap-session.ts): its account now opens the page the
    // user asked for, as it would have on a first answer (upstream SettingsRoutes).
    const back = fromBrowser ? settingsRedirect(flow) : undefined;
    if (back) return <Navigate to={back} replace />;
    return (
      <Navigate to={withQuery(`${flow.prefix}/signin`, flow.query)} replace state={sessionState} />
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy || wait.waiting) return;
    void checkEmail(email.trim());
  };

  return (
    <section className="card signin-card" aria-labelledby="email-first-heading" data-signin-ready>
      {flow.isSync ? (
        <>
          <Localized id="email-first-sync-heading">
            <h1 id="email-first-heading">Continue to your Mozilla account</h1>
          </Localized>
          <Localized id="email-first-sync-subheading">
            <p>Sync your passwords, tabs, and bookmarks everywhere you use Firefox.</p>
          </Localized>
        </>
      ) : (
        <>
          <Localized id="email-first-heading">
            <h1 id="email-first-heading">Enter your email</h1>
          </Localized>
          {flow.integration.kind === 'web' && (
            <Localized id="email-first-subheading">
              <p>Continue to account settings</p>
            </Localized>
          )}
        </>
      )}
      <StorageNotice />
      {notice === 'cancelled' && (
        <Localized id="email-first-cancelled">
          <p className="signin-error" role="alert">
            Login attempt cancelled
          </p>
        </Localized>
      )}
      <form onSubmit={onSubmit} noValidate>
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
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? 'email-first-invalid' : undefined}
            onChange={(e) => {
              setTyped(e.target.value);
              setInvalid(false);
            }}
          />
        </label>
        {invalid && (
          <Localized id="email-first-invalid-email">
            <p className="signin-error" role="alert" id="email-first-invalid">
              Valid email required
            </p>
          </Localized>
        )}
        {error !== null && <ErrorMessage error={error} />}
        <RetryCountdown wait={wait} />
        <button type="submit" className="button primary" disabled={busy || wait.waiting}>
          <Localized id="email-first-submit">
            <span>Sign up or sign in</span>
          </Localized>
        </button>
      </form>
    </section>
  );
}
