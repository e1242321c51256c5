import { useLocalization } from '@fluent/react';
import { Link } from 'react-router';
import type { Account } from '../../../lib/auth-client/account-data';
import type { SignedInAccount } from '../../../session/precedence';
import { Avatar } from '../avatar';
import { useProfileQuery } from '../data/queries';
import { ErrorText } from '../error-text';
import { Skeleton } from '../skeleton';
import { SecondaryEmails } from './secondary-emails';

/**
 * Profile (upstream components/Settings/Profile): picture, display name, primary and secondary
 * emails. The primary email is known from the session at once; the rest fills in as the account
 * and profile requests come back. (The main page's sections read their strings with getString:
 * smaller than <Localized> wrappers in the one chunk the bundle-size budget counts.)
 */
export function ProfileSection({
  account,
  data,
}: {
  account: SignedInAccount;
  data: Account | undefined;
}) {
  const { l10n } = useLocalization();
  const profile = useProfileQuery(account.uid);
  const primary = data?.emails.find((e) => e.isPrimary)?.email ?? account.email;
  const hasPicture = profile.data ? !profile.data.avatarDefault : false;
  const displayName = profile.data?.displayName || null;
  return (
    <section
      className="card"
      id="profile"
      aria-labelledby="profile-heading"
      aria-busy={!data || profile.status === 'pending'}
    >
      <h2 id="profile-heading">{l10n.getString('settings-profile-heading')}</h2>
      {profile.status === 'error' ? (
        <div className="settings-actions">
          <ErrorText error={profile.error} />
          <button type="button" className="button" onClick={profile.refetch}>
            {l10n.getString('settings-retry')}
          </button>
        </div>
      ) : null}
      <dl className="settings-rows">
        <div className="settings-row" data-testid="avatar-row">
          <dt>{l10n.getString('settings-picture')}</dt>
          <dd>
            {profile.status === 'pending' ? (
              <span className="avatar large skeleton" aria-hidden="true" />
            ) : (
              <Avatar profile={profile.data} email={primary} />
            )}
          </dd>
          <dd className="settings-actions">
            <Link to="/settings/avatar">
              {hasPicture
                ? l10n.getString('settings-change-picture')
                : l10n.getString('settings-add-picture')}
            </Link>
          </dd>
        </div>
        <div className="settings-row">
          <dt>{l10n.getString('settings-display-name')}</dt>
          <dd data-testid="display-name">
            {profile.status === 'pending' ? (
              <Skeleton />
            ) : (
              (displayName ?? <span className="muted">{l10n.getString('settings-none')}</span>)
            )}
          </dd>
          <dd className="settings-actions">
            <Link to="/settings/display_name">
              {displayName
                ? l10n.getString('settings-change-name')
                : l10n.getString('settings-add-name')}
            </Link>
          </dd>
        </div>
        <div className="settings-row">
          <dt>{l10n.getString('settings-primary-email')}</dt>
          <dd data-testid="primary-email">{primary}</dd>
        </div>
        <SecondaryEmails uid={account.uid} emails={data?.emails} />
      </dl>
    </section>
  );
}
