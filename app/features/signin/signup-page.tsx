import { Localized } from '@fluent/react';
import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { RetryCountdown } from '../../components/retry-countdown';
import { checkNewPassword } from '../../lib/password-rules';
import { useRetryWait } from '../../lib/retry-wait';
import { BadRequest, isBadRequest } from './bad-request';
import type { ShownError } from './error-message';
import type { StepNavigate } from './finish-signin';
import { emailFirstPath, withoutPrefill, withQuery } from './flow';
import { explainFailure, loadActions, usePreloadActions } from './load-actions';
import {
  NewPasswordFields,
  type NewPasswordProblem,
  newPasswordProblem,
} from './new-password-fields';
import { type StepState, useStep } from './signin-state';
import { StepSubmit } from './step-submit';
import { StorageNotice } from './storage-notice';
import { TermsAgreement } from './terms-agreement';

/** `/signup`, `/oauth/signup`: a new account's password, checked as the user types. */
export function SignupPage() {
  const { flow, state } = useStep();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const wait = useRetryWait(error, error?.retryAfter);
  const [localError, setLocalError] = useState<NewPasswordProblem | null>(null);
  usePreloadActions();
  if (isBadRequest(flow)) return <BadRequest flow={flow} />;
  const email = state.email ?? flow.emailHint;
  if (!email) return <Navigate to={withQuery(emailFirstPath(flow), flow.query)} replace />;

  const check = checkNewPassword(password, email);
  const back = (extra: StepState = {}) =>
    navigate(withQuery(emailFirstPath(flow), withoutPrefill(flow.query)), {
      state: { stay: true, email, ...extra } satisfies StepState,
    });
  const stepNavigate: StepNavigate = (to, options) => navigate(to, options);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || wait.waiting) return;
    setError(null);
    const problem = newPasswordProblem(check, password, repeat);
    setLocalError(problem);
    if (problem) return;
    setBusy(true);
    try {
      const { signUpWithPassword } = await loadActions();
      const result = await signUpWithPassword({ email, password, flow, navigate: stepNavigate });
      if (result === 'cancelled') back({ notice: 'cancelled' });
    } catch (e) {
      setError((await explainFailure(e)).shown);
      setBusy(false);
    }
  };

  return (
    <section className="card signin-card" aria-labelledby="signup-heading" data-signin-ready>
      <Localized id="signup-heading">
        <h1 id="signup-heading">Set your password</h1>
      </Localized>
      <StorageNotice />
      <p className="email">{email}</p>
      <button type="button" className="link-button" onClick={() => back()}>
        <Localized id="signup-change-email">
          <span>Change email</span>
        </Localized>
      </button>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <NewPasswordFields
          labels={{
            password: { id: 'signup-password-label', text: 'Password' },
            repeat: { id: 'signup-repeat-password-label', text: 'Repeat password' },
          }}
          password={password}
          onPassword={setPassword}
          repeat={repeat}
          onRepeat={setRepeat}
          check={check}
          problem={localError}
          errorId="signup-error"
          serverError={error !== null}
          autoFocus
        />
        <StepSubmit
          error={error}
          errorId="signup-error"
          waiting={wait.waiting}
          busy={busy}
          label={{ id: 'signup-submit', text: 'Create account' }}
          busyLabel={{ id: 'signup-busy', text: 'Creating account…' }}
        >
          <RetryCountdown wait={wait} />
        </StepSubmit>
      </form>
      <TermsAgreement />
    </section>
  );
}
