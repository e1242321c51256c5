import { Localized } from '@fluent/react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { mfaTotpDestroy } from '../../../lib/auth-client/two-step';
import { useSettingsQuery } from '../data/use-settings-query';
import { ErrorText } from '../error-text';
import { showSettingsAlert } from '../settings-alert';
import { Skeleton } from '../skeleton';
import { StepUpCancelled, useStepUp } from '../step-up/use-step-up';
import { twoStepKey, twoStepQuery } from './two-step-data';

export { stringsReady } from './two-step-strings';

/**
 * Two-step authentication in settings (upstream components/Settings/UnitRow2fa, test
 * settings/totp.spec.ts): off, a link to set it up; on, how many backup codes are left, a link to
 * get new ones, and "Disable" (asked once more, then step-up) → "Two-step authentication disabled".
 */
export function TwoStepSection({ uid }: { uid: string }) {
  const status = useSettingsQuery(twoStepQuery(uid));
  const queryClient = useQueryClient();
  const { withJwt, dialog } = useStepUp('2fa');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const data = status.data;

  const disable = async () => {
    setBusy(true);
    setError(null);
    try {
      await withJwt((jwt) => mfaTotpDestroy(jwt));
      await queryClient.invalidateQueries({ queryKey: twoStepKey(uid) });
      setConfirming(false);
      showSettingsAlert({
        l10nId: 'two-step-disabled',
        fallback: 'Two-step authentication disabled',
      });
    } catch (e) {
      if (!(e instanceof StepUpCancelled)) setError(e);
    }
    setBusy(false);
  };

  return (
    <section
      className="card"
      id="two-step-authentication"
      aria-labelledby="two-step-heading"
      aria-busy={!data}
    >
      {dialog}
      <Localized id="two-step-heading">
        <h2 id="two-step-heading">Two-step authentication</h2>
      </Localized>
      {status.status === 'error' ? <ErrorText error={status.error} /> : null}
      <dl className="settings-rows">
        <div className="settings-row" data-testid="two-step">
          <Localized id="two-step-row">
            <dt>Two-step authentication</dt>
          </Localized>
          <dd>
            {!data ? (
              <Skeleton />
            ) : data.enabled ? (
              <Localized id="two-step-on">
                <span>Enabled</span>
              </Localized>
            ) : (
              <Localized id="two-step-off">
                <span>Not set</span>
              </Localized>
            )}
          </dd>
          <dd className="settings-actions">
            {data && !data.enabled ? (
              <Link to="/settings/two_step_authentication">
                <Localized id="two-step-add">
                  <span>Add</span>
                </Localized>
              </Link>
            ) : null}
            {data?.enabled && !confirming ? (
              <button type="button" className="button" onClick={() => setConfirming(true)}>
                <Localized id="two-step-disable">
                  <span>Disable</span>
                </Localized>
              </button>
            ) : null}
          </dd>
        </div>
        {data?.enabled ? (
          <div className="settings-row" data-testid="backup-codes">
            <Localized id="two-step-codes-row">
              <dt>Backup authentication codes</dt>
            </Localized>
            <dd>
              <Localized id="two-step-codes-left" vars={{ count: data.codesLeft }}>
                <span>{`${data.codesLeft} codes remaining`}</span>
              </Localized>
            </dd>
            <dd className="settings-actions">
              <Link to="/settings/two_step_authentication/replace_codes">
                <Localized id="two-step-codes-new">
                  <span>Get new codes</span>
                </Localized>
              </Link>
            </dd>
          </div>
        ) : null}
      </dl>
      {confirming ? (
        <div>
          <Localized id="two-step-disable-question">
            <p id="two-step-disable-question">Disable two-step authentication?</p>
          </Localized>
          <Localized id="two-step-disable-warning">
            <p>
              Your account will no longer ask for a code from your authenticator app, and your
              backup authentication codes will stop working.
            </p>
          </Localized>
          {error ? <ErrorText error={error} /> : null}
          <div className="settings-actions">
            <button
              type="button"
              className="button primary"
              disabled={busy}
              onClick={() => void disable()}
            >
              <Localized id="two-step-disable-confirm">
                <span>Disable</span>
              </Localized>
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              <Localized id="two-step-cancel">
                <span>Cancel</span>
              </Localized>
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
