import { Localized } from '@fluent/react';
import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { Field } from '../../../components/field';
import { BadRequest, isBadRequest } from '../bad-request';
import { ErrorMessage, type ShownError } from '../error-message';
import { withQuery } from '../flow';
import { type StepState, useStep } from '../signin-state';
import { explainResetFailure, loadResetSteps, usePreloadResetSteps } from './load-reset-steps';
import { RESET_PATHS } from './reset-session';

/** passwordForgotOtp: 8 digits, 10 minutes (auth-server config). */
const CODE = /^\d{8}$/;
const CODE_VALID_MINUTES = 10;

/** `/confirm_reset_password`: the emailed 8-digit code; without an email, back to the start. */
export function ConfirmResetCodePage() {
  const { flow, state } = useStep();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const [missing, setMissing] = useState(false);
  const [resent, setResent] = useState(false);
  usePreloadResetSteps();
  if (isBadRequest(flow)) return <BadRequest flow={flow} />;
  const email = state.email;
  if (!email) return <Navigate to={withQuery(RESET_PATHS.start, flow.query)} replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const value = code.replace(/\s/g, '');
    setError(null);
    setResent(false);
    if (!CODE.test(value)) return setMissing(true);
    setMissing(false);
    setBusy(true);
    try {
      const { confirmResetCode } = await loadResetSteps();
      const next = await confirmResetCode(email, value);
      navigate(withQuery(next, flow.query), {
        replace: true,
        state: { email } satisfies StepState,
      });
    } catch (e) {
      setError(await explainResetFailure(e));
      setBusy(false);
    }
  };

  const onResend = async () => {
    setError(null);
    setResent(false);
    try {
      const { startReset } = await loadResetSteps();
      await startReset(email, flow.service);
      setResent(true);
    } catch (e) {
      setError(await explainResetFailure(e));
    }
  };

  return (
    <section className="card signin-card" aria-labelledby="reset-code-heading" data-signin-ready>
      <Localized id="reset-code-heading">
        <h1 id="reset-code-heading">Enter confirmation code</h1>
      </Localized>
      <Localized id="reset-code-instruction" vars={{ email, minutes: CODE_VALID_MINUTES }}>
        <p>Enter the 8-digit code we sent to {email} within 10 minutes.</p>
      </Localized>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Field
          label={{ l10nId: 'reset-code-label', fallback: 'Enter 8-digit code' }}
          type="text"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={8}
          required
          // The code is the one thing this step asks for.
          autoFocus
          value={code}
          invalid={missing || error !== null}
          note={
            (missing || error !== null) &&
            ((id) => (
              <>
                {missing && (
                  <Localized id="reset-code-required">
                    <p className="signin-error" role="alert" id={id}>
                      Enter the 8-digit code from the email.
                    </p>
                  </Localized>
                )}
                {error !== null && <ErrorMessage error={error} id={id} />}
              </>
            ))
          }
          onChange={(e) => setCode(e.target.value)}
        />
        <button type="submit" className="button primary signin-wide" disabled={busy}>
          {busy ? (
            <Localized id="reset-code-busy">
              <span>Confirming…</span>
            </Localized>
          ) : (
            <Localized id="reset-code-submit">
              <span>Continue</span>
            </Localized>
          )}
        </button>
      </form>
      <button type="button" className="link-button" onClick={() => void onResend()}>
        <Localized id="reset-code-resend">
          <span>Resend code</span>
        </Localized>
      </button>
      <p className={resent ? 'signin-notice' : undefined} role="status">
        {resent && (
          <Localized id="reset-code-resent">
            <span>A new code was sent to your email.</span>
          </Localized>
        )}
      </p>
    </section>
  );
}
