import { Localized } from '@fluent/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Field } from '../../../components/field';
import { looksLikeEmail } from '../../../lib/email';
import { BadRequest, isBadRequest } from '../bad-request';
import { ErrorMessage, type ShownError } from '../error-message';
import { withQuery } from '../flow';
import { type StepState, useStep } from '../signin-state';
import { explainResetFailure, loadResetSteps, usePreloadResetSteps } from './load-reset-steps';
import { RESET_PATHS } from './reset-session';

/**
 * `/reset_password`: the email the code goes to. Prefilled only from the step that sent the
 * user here ("Forgot password?"), never from `?email=` (upstream resetPassword.spec.ts).
 */
export function ResetPasswordPage() {
  const { flow, state } = useStep();
  const navigate = useNavigate();
  const [email, setEmail] = useState(state.email ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const [invalid, setInvalid] = useState(false);
  usePreloadResetSteps();
  if (isBadRequest(flow)) return <BadRequest flow={flow} />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const value = email.trim();
    setError(null);
    if (!looksLikeEmail(value)) return setInvalid(true);
    setInvalid(false);
    setBusy(true);
    try {
      const { startReset } = await loadResetSteps();
      await startReset(value, flow.service);
      navigate(withQuery(RESET_PATHS.code, flow.query), {
        state: { email: value } satisfies StepState,
      });
    } catch (e) {
      setError(await explainResetFailure(e));
      setBusy(false);
    }
  };

  return (
    <section className="card signin-card" aria-labelledby="reset-heading" data-signin-ready>
      <Localized id="reset-heading">
        <h1 id="reset-heading">Reset password</h1>
      </Localized>
      <Localized id="reset-intro">
        <p>Enter your email and we’ll send you a confirmation code.</p>
      </Localized>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Field
          label={{ l10nId: 'reset-email-label', fallback: 'Email' }}
          type="email"
          name="email"
          autoComplete="email"
          required
          // The email is the one thing this step asks for.
          autoFocus
          value={email}
          invalid={invalid || error !== null}
          note={
            invalid
              ? (id) => (
                  <Localized id="reset-email-invalid">
                    <p className="signin-error" role="alert" id={id}>
                      Enter a valid email address.
                    </p>
                  </Localized>
                )
              : error !== null
                ? (id) => <ErrorMessage error={error} id={id} />
                : null
          }
          onChange={(e) => setEmail(e.target.value)}
        />
        <button type="submit" className="button primary signin-wide" disabled={busy}>
          {busy ? (
            <Localized id="reset-sending">
              <span>Sending…</span>
            </Localized>
          ) : (
            <Localized id="reset-send-code">
              <span>Send code</span>
            </Localized>
          )}
        </button>
      </form>
      <Link
        to={withQuery(`${flow.prefix}/signin`, flow.query)}
        state={{ email } satisfies StepState}
      >
        <Localized id="reset-remember-password">
          <span>Remember your password? Sign in</span>
        </Localized>
      </Link>
    </section>
  );
}
