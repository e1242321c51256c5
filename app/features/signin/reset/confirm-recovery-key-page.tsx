import { Localized } from '@fluent/react';
import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { BadRequest, isBadRequest } from '../bad-request';
import { ErrorMessage, type ShownError } from '../error-message';
import { withQuery } from '../flow';
import { type StepState, useStep } from '../signin-state';
import { explainResetFailure, loadResetSteps, usePreloadResetSteps } from './load-reset-steps';
import { RESET_PATHS, updateResetSession } from './reset-session';
import { useResetSession } from './use-reset-session';

/**
 * `/account_recovery_confirm_key`: the account recovery key, which gives kB back so synced data
 * survives. A wrong key says so and the user may try again, or go on without it.
 */
export function ConfirmRecoveryKeyPage() {
  const { flow } = useStep();
  const navigate = useNavigate();
  const session = useResetSession();
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  usePreloadResetSteps();
  if (isBadRequest(flow)) return <BadRequest flow={flow} />;
  if (!session) return <Navigate to={withQuery(RESET_PATHS.start, flow.query)} replace />;
  const state = { email: session.email } satisfies StepState;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setBusy(true);
    try {
      const { unlockWithRecoveryKey } = await loadResetSteps();
      await unlockWithRecoveryKey(session, key);
      navigate(withQuery(RESET_PATHS.withKey, flow.query), { state });
    } catch (e) {
      setError(await explainResetFailure(e));
      setBusy(false);
    }
  };

  const withoutKey = () => {
    updateResetSession({ recovered: undefined });
    navigate(withQuery(session.totp ? RESET_PATHS.totp : RESET_PATHS.withoutKey, flow.query), {
      state,
    });
  };

  return (
    <section className="card signin-card" aria-labelledby="reset-key-heading" data-signin-ready>
      <Localized id="reset-key-heading">
        <h1 id="reset-key-heading">Enter your account recovery key</h1>
      </Localized>
      <Localized id="reset-key-intro">
        <p>
          Your account recovery key keeps your encrypted browsing data (passwords, bookmarks and
          more) when you reset your password.
        </p>
      </Localized>
      {session.recoveryKey.hint && (
        <p>
          <Localized id="reset-key-hint-label">
            <span>Hint:</span>
          </Localized>{' '}
          <span>{session.recoveryKey.hint}</span>
        </p>
      )}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <label className="field">
          <Localized id="reset-key-label">
            <span>Account recovery key</span>
          </Localized>
          <input
            type="text"
            name="recovery-key"
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
            required
            // biome-ignore lint/a11y/noAutofocus: the key is the one thing this step asks for
            autoFocus
            value={key}
            aria-invalid={error !== null || undefined}
            aria-describedby={error !== null ? 'reset-key-error' : undefined}
            onChange={(e) => setKey(e.target.value)}
          />
        </label>
        {error !== null && <ErrorMessage error={error} id="reset-key-error" />}
        <button type="submit" className="button primary signin-wide" disabled={busy}>
          {busy ? (
            <Localized id="reset-key-busy">
              <span>Checking…</span>
            </Localized>
          ) : (
            <Localized id="reset-key-submit">
              <span>Confirm account recovery key</span>
            </Localized>
          )}
        </button>
      </form>
      <button type="button" className="link-button" onClick={withoutKey}>
        <Localized id="reset-key-none">
          <span>Don’t have your account recovery key?</span>
        </Localized>
      </button>
    </section>
  );
}
