import { Localized } from '@fluent/react';
import { useRequireSession } from '../../session/use-require-session';
import { ChooseWhatToSync } from './choose-what-to-sync';

/** `/settings`: opens straight onto the session's account, wherever the session came from. */
export function SettingsPage() {
  const account = useRequireSession();
  if (!account) return null;
  return (
    <div className="settings" data-settings-shell>
      <Localized id="settings-heading">
        <h1>Settings</h1>
      </Localized>
      <section className="card" aria-labelledby="profile-heading">
        <Localized id="settings-profile-heading">
          <h2 id="profile-heading">Profile</h2>
        </Localized>
        <dl className="rows">
          <Localized id="settings-primary-email">
            <dt>Primary email</dt>
          </Localized>
          <dd data-testid="primary-email">{account.email}</dd>
        </dl>
      </section>
      <ChooseWhatToSync />
    </div>
  );
}
