import { Localized } from '@fluent/react';
import { Link } from 'react-router';
import type { Account } from '../../../lib/auth-client/account';
import { Skeleton } from '../skeleton';

/** Security (upstream components/Settings/Security): the password, and when it was set. */
export function SecuritySection({ data }: { data: Account | undefined }) {
  const created = data?.passwordCreatedAt;
  return (
    <section className="card" id="security" aria-labelledby="security-heading" aria-busy={!data}>
      <Localized id="settings-security-heading">
        <h2 id="security-heading">Security</h2>
      </Localized>
      <dl className="settings-rows">
        <div className="settings-row" data-testid="password">
          <Localized id="settings-password">
            <dt>Password</dt>
          </Localized>
          <dd>
            {!data ? (
              <Skeleton />
            ) : created ? (
              <Localized id="settings-password-created" vars={{ date: new Date(created) }}>
                <span>Created {new Date(created).toLocaleDateString()}</span>
              </Localized>
            ) : null}
          </dd>
          <dd className="settings-actions">
            <Link to="/settings/change_password">
              <Localized id="settings-change-password">
                <span>Change password</span>
              </Localized>
            </Link>
          </dd>
        </div>
      </dl>
    </section>
  );
}
