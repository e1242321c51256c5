import { Localized } from '@fluent/react';
import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { Field } from '../../../components/field';
import {
  RecoveryKeyDisplay,
  recoveryKeyStringsReady,
} from '../../../components/recovery-key/recovery-key-display';
import { BadRequest, isBadRequest } from '../bad-request';
import { ErrorMessage, type ShownError } from '../error-message';
import type { StepNavigate } from '../finish-signin';
import { withQuery } from '../flow';
import { useStep } from '../signin-state';
import { explainResetFailure, loadResetSteps, usePreloadResetSteps } from './load-reset-steps';
import { RESET_PATHS, setResetSession } from './reset-session';
import { useResetSession } from './use-reset-session';

/**
 * `/reset_password_with_recovery_key_verified`: the password is reset and the recovery key used
 * up; the next key is offered at once (upstream makes it here), then the flow ends as any reset.
 */
export function NewRecoveryKeyPage() {
  const { flow } = useStep();
  const navigate = useNavigate();
  const session = useResetSession();
  const [key, setKey] = useState<string | null>(null);
  const [hint, setHint] = useState('');
  const [hintSaved, setHintSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  usePreloadResetSteps();
  if (isBadRequest(flow)) return <BadRequest flow={flow} />;
  const done = session?.done;
  if (!session || !done) return <Navigate to={withQuery(RESET_PATHS.start, flow.query)} replace />;
  const stepNavigate: StepNavigate = (to, options) => navigate(to, options);

  const run = async (step: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await step();
    } catch (e) {
      setError(await explainResetFailure(e));
    }
    setBusy(false);
  };

  const create = () =>
    run(async () => {
      const { createKeyAfterReset } = await loadResetSteps();
      const created = await createKeyAfterReset(done);
      await recoveryKeyStringsReady.catch(() => undefined);
      setKey(created);
    });

  const saveHint = (event: FormEvent) => {
    event.preventDefault();
    if (hint.trim() === '') return;
    void run(async () => {
      const { saveHintAfterReset } = await loadResetSteps();
      await saveHintAfterReset(done, hint.trim());
      setHintSaved(true);
    });
  };

  const finish = () =>
    run(async () => {
      const { finishReset } = await loadResetSteps();
      setResetSession(null);
      await finishReset(session.email, done.result, flow, stepNavigate);
    });

  return (
    <section className="card signin-card" aria-labelledby="reset-done-heading" data-signin-ready>
      <Localized id="reset-done-heading">
        <h1 id="reset-done-heading">Your password has been reset</h1>
      </Localized>
      {key === null ? (
        <>
          <Localized id="reset-done-key-used">
            <p>
              Your account recovery key has been used and no longer works. Create a new one now, so
              you can keep your data the next time.
            </p>
          </Localized>
          <button
            type="button"
            className="button primary signin-wide"
            disabled={busy}
            onClick={() => void create()}
          >
            <Localized id="reset-done-create-key">
              <span>Create new account recovery key</span>
            </Localized>
          </button>
        </>
      ) : (
        <>
          <RecoveryKeyDisplay recoveryKey={key} email={session.email} />
          <form onSubmit={saveHint} noValidate>
            <Field
              label={{
                l10nId: 'reset-done-hint-label',
                fallback: 'Hint: where did you store the key? (optional)',
              }}
              type="text"
              name="hint"
              maxLength={254}
              value={hint}
              onChange={(e) => {
                setHint(e.target.value);
                setHintSaved(false);
              }}
            />
            <button type="submit" className="button" disabled={busy}>
              <Localized id="reset-done-save-hint">
                <span>Save hint</span>
              </Localized>
            </button>
            <p role="status">
              {hintSaved && (
                <Localized id="reset-done-hint-saved">
                  <span>Hint saved</span>
                </Localized>
              )}
            </p>
          </form>
        </>
      )}
      {error !== null && <ErrorMessage error={error} />}
      <button
        type="button"
        className={key === null ? 'link-button' : 'button primary signin-wide'}
        disabled={busy}
        onClick={() => void finish()}
      >
        {key === null ? (
          <Localized id="reset-done-skip">
            <span>Not now</span>
          </Localized>
        ) : (
          <Localized id="reset-done-continue">
            <span>Continue</span>
          </Localized>
        )}
      </button>
    </section>
  );
}
