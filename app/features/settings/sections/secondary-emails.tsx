import { Localized } from '@fluent/react';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import type { AccountEmail } from '../../../lib/auth-client/account';
import { Skeleton } from '../skeleton';

const SecondaryEmailActions = lazy(() =>
  import('./secondary-email-actions').then((m) => ({ default: m.SecondaryEmailActions })),
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
  const secondaries = emails?.filter((e) => !e.isPrimary);
  return (
    <div className="settings-row" data-testid="secondary-email">
      <Localized id="settings-secondary-email">
        <dt>Secondary email</dt>
      </Localized>
      <dd>
        {!secondaries ? (
          <Skeleton />
        ) : secondaries.length === 0 ? (
          <Localized id="settings-none">
            <span className="muted">None</span>
          </Localized>
        ) : (
          <ul className="checklist">
            {secondaries.map((e) => (
              <li key={e.email}>
                <span className="email">{e.email}</span>
                {e.verified ? null : (
                  <Localized id="settings-email-unconfirmed">
                    <span className="badge">Unconfirmed</span>
                  </Localized>
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
        <Link to="/settings/emails">
          <Localized id="settings-add-email">
            <span>Add secondary email</span>
          </Localized>
        </Link>
      </dd>
    </div>
  );
}
