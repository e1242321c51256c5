import { Localized } from '@fluent/react';
import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { checkNewPassword } from '../../../lib/password-rules';
import { BadRequest, isBadRequest } from '../bad-request';
import { ErrorMessage, type ShownError } from '../error-message';
import type { StepNavigate } from '../finish-signin';
import { withQuery } from '../flow';
import {
  NewPasswordFields,
  type NewPasswordProblem,
  newPasswordProblem,
} from '../new-password-fields';
import { useStep } from '../signin-state';
import { explainResetFailure, loadResetSteps, usePreloadResetSteps } from './load-reset-steps';
import { RESET_PATHS } from './reset-session';
import { useResetSession } from './use-reset-session';

/**
 * `/complete_reset_password` and `/account_recovery_reset_password`: the new password. Without
 * the recovery key the page first says plainly that data encrypted with the old key is lost.
 */
export function CompleteResetPage({ withKey }: { withKey: boolean }) {
  const { flow } = useStep();
  const navigate = useNavigate();
  const session = useResetSession();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const [localError, setLocalError] = useState<NewPasswordProblem | null>(null);
  usePreloadResetSteps();
  if (isBadRequest(flow)) return <BadRequest flow={flow} />;
  if (!session) return <Navigate to={withQuery(RESET_PATHS.start, flow.query)} replace />;
  if (withKey && !session.recovered) {
    return <Navigate to={withQuery(RESET_PATHS.key, flow.query)} replace />;
  }
  // Two-step authentication guards this account: its second step (or the recovery key) first.
  if (!withKey && session.totp && !session.secondStep) {
    return <Navigate to={withQuery(RESET_PATHS.totp, flow.query)} replace />;
  }
  const check = checkNewPassword(password, session.email);
  const stepNavigate: StepNavigate = (to, options) => navigate(to, options);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const problem = newPasswordProblem(check, password, repeat);
    setLocalError(problem);
    if (problem) return;
    setBusy(true);
    try {
      const { completeReset } = await loadResetSteps();
      await completeReset(session, password, withKey, flow, stepNavigate);
    } catch (e) {
      setError(await explainResetFailure(e));
      setBusy(false);
    }
  };

  return (
    <section className="card signin-card" aria-labelledby="reset-new-heading" data-signin-ready>
      <Localized id="reset-new-heading">
        <h1 id="reset-new-heading">Create a new password</h1>
      </Localized>
      {withKey ? (
        <Localized id="reset-new-key-kept">
          <p className="signin-notice">
            Your account recovery key was accepted: your encrypted data stays.
          </p>
        </Localized>
      ) : (
        <div className="reset-warning" role="note" aria-labelledby="reset-warning-heading">
          <Localized id="reset-warning-heading">
            <h2 id="reset-warning-heading">Your synced data will be lost</h2>
          </Localized>
          <Localized id="reset-warning-body">
            <p>
              Without your account recovery key, resetting your password makes a new encryption key.
              Data that Firefox synced with the old key (passwords, bookmarks, history and more)
              cannot be read any more and will be removed. Data on this device stays.
            </p>
          </Localized>
        </div>
      )}
      <p className="email">{session.email}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <NewPasswordFields
          labels={{
            password: { id: 'reset-new-password-label', text: 'New password' },
            repeat: { id: 'reset-repeat-password-label', text: 'Confirm new password' },
          }}
          password={password}
          onPassword={setPassword}
          repeat={repeat}
          onRepeat={setRepeat}
          check={check}
          problem={localError}
          errorId="reset-new-error"
          serverError={error !== null}
        />
        {error !== null && <ErrorMessage error={error} id="reset-new-error" />}
        <button type="submit" className="button primary signin-wide" disabled={busy}>
          {busy ? (
            <Localized id="reset-new-busy">
              <span>Resetting…</span>
            </Localized>
          ) : (
            <Localized id="reset-new-submit">
              <span>Reset password</span>
            </Localized>
          )}
        </button>
      </form>
    </section>
  );
}

export function CompleteResetWithoutKeyPage() {
  return <CompleteResetPage withKey={false} />;
}

export function CompleteResetWithKeyPage() {
  return <CompleteResetPage withKey />;
}
