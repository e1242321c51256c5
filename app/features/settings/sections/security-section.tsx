import { useLocalization } from '@fluent/react';
import { Link } from 'react-router';
import type { Account } from '../../../lib/auth-client/account-data';
import { usePainted } from '../../../lib/use-painted';
import { Skeleton } from '../skeleton';

/** Security (upstream components/Settings/Security): the password, and when it was set. */
export function SecuritySection({ data }: { data: Account | undefined }) {
  const { l10n } = useLocalization();
  // The date is formatted once the account's content has painted: the page's first date
  // formatter loads the ICU data (usePainted), which would otherwise hold back all of the
  // content. Until then the date's place holds a skeleton.
  const created = data?.passwordCreatedAt;
  const shownCreated = usePainted(data !== undefined) ? created : undefined;
  return (
    <section className="card" id="security" aria-labelledby="security-heading" aria-busy={!data}>
      <h2 id="security-heading">{l10n.getString('settings-security-heading')}</h2>
      <dl className="settings-rows">
        <div className="settings-row" data-testid="password">
          <dt>{l10n.getString('settings-password')}</dt>
          <dd>
            {!data ? (
              <Skeleton />
            ) : !created ? null : shownCreated === undefined ? (
              <Skeleton />
            ) : (
              l10n.getString('settings-password-created', { date: new Date(shownCreated) })
            )}
          </dd>
          <dd className="settings-actions">
            <Link to="/settings/change_password">{l10n.getString('settings-change-password')}</Link>
          </dd>
        </div>
        <div className="settings-row" data-testid="recovery-key" id="recovery-key">
          <dt>{l10n.getString('settings-recovery-key')}</dt>
          <dd>
            {!data ? (
              <Skeleton />
            ) : data.recoveryKey?.exists ? (
              l10n.getString('settings-recovery-key-enabled')
            ) : (
              l10n.getString('settings-recovery-key-not-set')
            )}
          </dd>
          <dd className="settings-actions">
            <Link to="/settings/account_recovery">
              {l10n.getString(
                data?.recoveryKey?.exists
                  ? 'settings-recovery-key-manage'
                  : 'settings-recovery-key-add',
              )}
            </Link>
          </dd>
        </div>
      </dl>
    </section>
  );
}
