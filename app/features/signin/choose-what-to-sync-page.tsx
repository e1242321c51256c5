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
import { getPendingSignin, unconfirmedStep } from './pending-signin';
import { useStep } from './signin-state';
import { StepSubmit } from './step-submit';
import { offeredEngines } from './sync-engines';

/**
 * `/choose_what_to_sync`: the last step of a Sync sign-in. Offers exactly the engines the device
 * reported; what the user leaves unticked is declined. Then fxaccounts:login carries
 * `services.sync.{offeredEngines, declinedEngines}` (and OAuth native's oauth_login the same).
 */
export function ChooseWhatToSyncPage() {
  const { flow, state } = useStep();
  const navigate = useNavigate();
  const capabilities = useSessionStore((s) => s.device.capabilities);
  const [pending] = useState(() => getPendingSignin('signin'));
  const engines = offeredEngines(capabilities);
  const [declined, setDeclined] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const wait = useRetryWait(error, error?.retryAfter);
  usePreloadActions();
  if (isBadRequest(flow)) return <BadRequest flow={flow} />;
  if (!pending || !flow.isSync) {
    return <Navigate to={withQuery(emailFirstPath(flow), flow.query)} replace />;
  }
  const codeStep = unconfirmedStep(pending);
  if (codeStep) {
    return <Navigate to={withQuery(codeStep, flow.query)} replace state={state} />;
  }
  const stepNavigate: StepNavigate = (to, options) => navigate(to, options);

  const toggle = (id: string, checked: boolean) => {
    const next = new Set(declined);
    if (checked) next.delete(id);
    else next.add(id);
    setDeclined(next);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || wait.waiting) return;
    setBusy(true);
    setError(null);
    const offered = engines.map((e) => e.id);
    try {
      const { finishInBrowser } = await loadActions();
      await finishInBrowser(pending, flow, stepNavigate, {
        offeredEngines: offered,
        declinedEngines: offered.filter((id) => declined.has(id)),
      });
    } catch (e) {
      setError((await explainFailure(e)).shown);
      setBusy(false);
    }
  };

  return (
    <section className="card signin-card" aria-labelledby="cwts-heading" data-signin-ready>
      <Localized id="sync-cwts-heading">
        <h1 id="cwts-heading">Choose what to sync</h1>
      </Localized>
      <Localized id="sync-cwts-intro">
        <p id="cwts-intro">Firefox will sync what you choose on every device where you sign in.</p>
      </Localized>
      <form onSubmit={(e) => void onSubmit(e)}>
        <fieldset
          className="sync-engines"
          aria-labelledby="cwts-heading"
          aria-describedby="cwts-intro"
        >
          {engines.map((engine) => (
            <label key={engine.id} className="sync-engine">
              <input
                type="checkbox"
                name="engine"
                value={engine.id}
                checked={!declined.has(engine.id)}
                onChange={(e) => toggle(engine.id, e.target.checked)}
              />{' '}
              <Localized id={engine.l10nId}>
                <span>{engine.fallback}</span>
              </Localized>
            </label>
          ))}
        </fieldset>
        <StepSubmit
          error={error}
          waiting={wait.waiting}
          busy={busy}
          label={{ id: 'sync-cwts-submit', text: 'Start syncing' }}
          busyLabel={{ id: 'sync-cwts-busy', text: 'Starting…' }}
        >
          <RetryCountdown wait={wait} />
        </StepSubmit>
      </form>
    </section>
  );
}
