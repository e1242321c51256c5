import { Localized, useLocalization } from '@fluent/react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { addLazyStrings } from '../../../l10n/lazy-strings';
import type { Account } from '../../../lib/auth-client/account-data';
import { metricsOpt } from '../../../lib/auth-client/metrics-opt';
import { accountQuery, settingsKeys } from '../data/queries';
import { useSettingsMutation } from '../data/settings-mutation';
import { useSettingsQuery } from '../data/use-settings-query';
import { announceProfileChange } from '../session-actions';
import { showSettingsAlert } from '../settings-alert';

/** The section's strings travel with its chunk (sections/<locale>.lazy.ftl), as connected services'. */
export const stringsReady = import('virtual:ftl-lazy/features/settings/sections').then(
  addLazyStrings,
);

/**
 * "Data collection and use" (upstream components/Settings/DataCollection): the account's opt-out
 * switch, stored by the auth server (POST /account/metrics_opt, `metricsOptOutAt` in GET
 * /account, which the page has already loaded: no request of its own). This app sends no
 * metrics at all, which the help text says; the choice is kept for the services that read it.
 */
export function DataCollection({ uid }: { uid: string }) {
  const { l10n } = useLocalization();
  const queryClient = useQueryClient();
  const account = useSettingsQuery(accountQuery(uid));
  const enabled = account.data ? account.data.metricsOptOutAt == null : undefined;
  const toggle = useSettingsMutation<'in' | 'out'>('metrics-opt', metricsOpt, {
    onSuccess: (_r, state) => {
      queryClient.setQueryData<Account>(settingsKeys.account(uid), (data) =>
        data ? { ...data, metricsOptOutAt: state === 'out' ? Date.now() : null } : data,
      );
      announceProfileChange(uid);
      showSettingsAlert(
        state === 'out'
          ? { l10nId: 'settings-dc-opted-out', fallback: 'You opted out of data collection.' }
          : { l10nId: 'settings-dc-opted-in', fallback: 'Thanks! Your choice is saved.' },
      );
    },
    onError: () =>
      showSettingsAlert({
        kind: 'error',
        l10nId: 'settings-dc-error',
        fallback: 'Sorry, there was a problem changing your data collection preference',
      }),
  });

  return (
    <section
      className="card"
      id="data-collection"
      aria-labelledby="data-collection-heading"
      aria-busy={enabled === undefined}
    >
      <h2 id="data-collection-heading">{l10n.getString('settings-dc-heading')}</h2>
      <div className="settings-switch-row">
        <div>
          <h3 id="data-collection-label">{l10n.getString('settings-dc-subheading')}</h3>
          <p id="data-collection-help">
            {l10n.getString('settings-dc-help')}{' '}
            <Link to="/legal/privacy">{l10n.getString('settings-dc-learn-more')}</Link>
          </p>
        </div>
        <button
          type="button"
          role="switch"
          className="settings-switch"
          aria-checked={enabled ?? false}
          aria-labelledby="data-collection-label"
          aria-describedby="data-collection-help"
          disabled={enabled === undefined || toggle.isPending}
          onClick={() => toggle.mutate(enabled ? 'out' : 'in')}
        >
          <span className="settings-switch-knob" aria-hidden="true" />
          <Localized id={enabled ? 'settings-dc-on' : 'settings-dc-off'}>
            <span className="settings-switch-state">{enabled ? 'On' : 'Off'}</span>
          </Localized>
        </button>
      </div>
    </section>
  );
}
