import { Localized } from '@fluent/react';
import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { RetryCountdown } from '../../components/retry-countdown';
import { useRetryWait } from '../../lib/retry-wait';
import { useSessionStore } from '../../session/session-store';
import { BadRequest, isBadRequest } from './bad-request';
import type { ShownError } from './error-message';
import type { StepNavigate } from './finish-signin';
import { emailFirstPath, withQuery } from './flow';
import { explainFailure, loadActions, usePreloadActions } from './load-actions';
import { getPendingSignin } from './pending-signin';
import { type StepState, useStep } from './signin-state';
import { StepSubmit } from './step-submit';

/** What the page promises about the emailed code's life (upstream's "within 5 minutes"). */
const CODE_VALID_MINUTES = 5;

const CODE = /^\d{6}$/;

/**
 * `/signin_token_code` (a new session on a confirmed account) and `/confirm_signup_code` (a new
 * account's email): the 6-digit code the auth server emailed, POST /session/verify_code.
 */
export function CodePage({ action }: { action: 'signin' | 'signup' }) {
  const { flow } = useStep();
  const navigate = useNavigate();
  const signOut = useSessionStore((s) => s.signOut);
  // Read once: the in-memory sign-in (with its keys), else the stored session after a reload.
  const [pending] = useState(() => getPendingSignin(action));
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const wait = useRetryWait(error, error?.retryAfter);
  const [missing, setMissing] = useState(false);
  const [resent, setResent] = useState(false);
  usePreloadActions();
  if (isBadRequest(flow)) return <BadRequest flow={flow} />;
  if (!pending) return <Navigate to={withQuery(emailFirstPath(flow), flow.query)} replace />;
  const { account } = pending;
  const stepNavigate: StepNavigate = (to, options) => navigate(to, options);

  const expired = () => {
    navigate(withQuery(`${flow.prefix}/signin`, flow.query), {
      replace: true,
      state: { email: account.email, notice: 'session-expired' } satisfies StepState,
    });
    signOut();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || wait.waiting) return;
    const value = code.trim();
    setError(null);
    setResent(false);
    if (!CODE.test(value)) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    try {
      const { confirmWithCode } = await loadActions();
      await confirmWithCode(pending, value, flow, stepNavigate);
    } catch (e) {
      const failure = await explainFailure(e);
      if (failure.sessionGone) return expired();
      setError(failure.shown);
      setBusy(false);
    }
  };

  const onResend = async () => {
    setError(null);
    setResent(false);
    try {
      const { resendCode } = await loadActions();
      await resendCode(pending);
      setResent(true);
    } catch (e) {
      const failure = await explainFailure(e);
      if (failure.sessionGone) return expired();
      setError(failure.shown);
    }
  };

  return (
    <section className="card signin-card" aria-labelledby="code-heading" data-signin-ready>
      <Localized id="code-heading">
        <h1 id="code-heading">Enter confirmation code</h1>
      </Localized>
      <Localized id="code-subheading">
        <p>for your Mozilla account</p>
      </Localized>
      <Localized id="code-instruction" vars={{ email: account.email, minutes: CODE_VALID_MINUTES }}>
        <p>Enter the code that was sent to {account.email} within 5 minutes.</p>
      </Localized>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <label className="field">
          <Localized id="code-input-label">
            <span>Enter 6-digit code</span>
          </Localized>
          <input
            type="text"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            maxLength={6}
            required
            // biome-ignore lint/a11y/noAutofocus: the code is the one thing this step asks for
            autoFocus
            value={code}
            aria-invalid={missing || error !== null || undefined}
            aria-describedby={missing || error !== null ? 'code-error' : undefined}
            onChange={(e) => setCode(e.target.value)}
          />
        </label>
        {missing && (
          <Localized id="code-required">
            <p className="signin-error" role="alert" id="code-error">
              Enter the 6-digit code from the email.
            </p>
          </Localized>
        )}
        <StepSubmit
          error={error}
          errorId="code-error"
          waiting={wait.waiting}
          busy={busy}
          label={{ id: 'code-submit', text: 'Confirm' }}
          busyLabel={{ id: 'code-busy', text: 'Confirming…' }}
        >
          <RetryCountdown wait={wait} />
        </StepSubmit>
      </form>
      <p>
        <Localized id="code-expired">
          <span>Code expired?</span>
        </Localized>{' '}
        <button type="button" className="link-button" onClick={() => void onResend()}>
          <Localized id="code-resend">
            <span>Email new code.</span>
          </Localized>
        </button>
      </p>
      {/* Always in the page, so the announcement is heard when the text appears. */}
      <p className={resent ? 'signin-notice' : undefined} role="status">
        {resent && (
          <Localized id="code-resent">
            <span>A new code was sent to your email.</span>
          </Localized>
        )}
      </p>
    </section>
  );
}
