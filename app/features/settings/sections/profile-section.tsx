import { Localized } from '@fluent/react';
import { Link } from 'react-router';
import type { Account } from '../../../lib/auth-client/account';
import type { SignedInAccount } from '../../../session/precedence';
import { Avatar } from '../avatar';
import { ErrorText } from '../error-text';
import { useProfileQuery } from '../settings-data';
import { Skeleton } from '../skeleton';
import { SecondaryEmails } from './secondary-emails';

/**
 * Profile (upstream components/Settings/Profile): picture, display name, primary and secondary
 * emails. The primary email is known from the session at once; the rest fills in as the account
 * and profile requests come back.
 */
export function ProfileSection({
  account,
  data,
}: {
  account: SignedInAccount;
  data: Account | undefined;
}) {
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
      <Localized id="settings-profile-heading">
        <h2 id="profile-heading">Profile</h2>
      </Localized>
      {profile.status === 'error' ? (
        <div className="settings-actions">
          <ErrorText error={profile.error} />
          <button type="button" className="button" onClick={profile.refetch}>
            <Localized id="settings-retry">
              <span>Try again</span>
            </Localized>
          </button>
        </div>
      ) : null}
      <dl className="settings-rows">
        <div className="settings-row" data-testid="avatar-row">
          <Localized id="settings-picture">
            <dt>Picture</dt>
          </Localized>
          <dd>
            {profile.status === 'pending' ? (
              <span className="avatar large skeleton" aria-hidden="true" />
            ) : (
              <Avatar profile={profile.data} email={primary} />
            )}
          </dd>
          <dd className="settings-actions">
            <Link to="/settings/avatar">
              <Localized id={hasPicture ? 'settings-change-picture' : 'settings-add-picture'}>
                <span>{hasPicture ? 'Change picture' : 'Add picture'}</span>
              </Localized>
            </Link>
          </dd>
        </div>
        <div className="settings-row">
          <Localized id="settings-display-name">
            <dt>Display name</dt>
          </Localized>
          <dd data-testid="display-name">
            {profile.status === 'pending' ? (
              <Skeleton />
            ) : displayName ? (
              displayName
            ) : (
              <Localized id="settings-none">
                <span className="muted">None</span>
              </Localized>
            )}
          </dd>
          <dd className="settings-actions">
            <Link to="/settings/display_name">
              <Localized id={displayName ? 'settings-change-name' : 'settings-add-name'}>
                <span>{displayName ? 'Change display name' : 'Add display name'}</span>
              </Localized>
            </Link>
          </dd>
        </div>
        <div className="settings-row">
          <Localized id="settings-primary-email">
            <dt>Primary email</dt>
          </Localized>
          <dd data-testid="primary-email">{primary}</dd>
        </div>
        <SecondaryEmails uid={account.uid} emails={data?.emails} />
      </dl>
    </section>
  );
}
