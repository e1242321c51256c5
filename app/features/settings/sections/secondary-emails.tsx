import { useLocalization } from '@fluent/react';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import type { AccountEmail } from '../../../lib/auth-client/account-data';
import { loadSectionStrings } from '../settings-layout';
import { Skeleton } from '../skeleton';

const SecondaryEmailActions = lazy(() =>
  Promise.all([import('./secondary-email-actions'), loadSectionStrings()]).then(([m]) => ({
    default: m.SecondaryEmailActions,
  })),
);

/**
 * Secondary emails (upstream UnitRowSecondaryEmail; test settings/misc.spec.ts: the
 * "UNCONFIRMED" badge, "successfully deleted"); "Add" leads to /settings/emails.
 */
export function SecondaryEmails({
  uid,
  emails,
}: {
  uid: string;
  emails: AccountEmail[] | undefined;
}) {
  const { l10n } = useLocalization();
  const secondaries = emails?.filter((e) => !e.isPrimary);
  return (
    <div className="settings-row" data-testid="secondary-email">
      <dt>{l10n.getString('settings-secondary-email')}</dt>
      <dd>
        {!secondaries ? (
          <Skeleton />
        ) : secondaries.length === 0 ? (
          <span className="muted">{l10n.getString('settings-none')}</span>
        ) : (
          <ul className="checklist">
            {secondaries.map((e) => (
              <li key={e.email}>
                <span className="email">{e.email}</span>
                {e.verified ? null : (
                  <span className="badge">{l10n.getString('settings-email-unconfirmed')}</span>
                )}
                <Suspense fallback={null}>
                  <SecondaryEmailActions uid={uid} email={e} />
                </Suspense>
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dd className="settings-actions">
        <Link to="/settings/emails">{l10n.getString('settings-add-email')}</Link>
      </dd>
    </div>
  );
}
