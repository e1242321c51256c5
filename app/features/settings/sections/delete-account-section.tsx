import { Localized } from '@fluent/react';
import { Link } from 'react-router';

/** The way to delete the account (upstream's `settings-delete-account` link at the page's end). */
export function DeleteAccountSection() {
  return (
    <section className="card" id="delete-account" aria-labelledby="delete-account-heading">
      <Localized id="settings-delete-heading">
        <h2 id="delete-account-heading">Delete account</h2>
      </Localized>
      <Localized id="settings-delete-intro">
        <p>Permanently delete your account, its connected services and the data they hold.</p>
      </Localized>
      <Link to="/settings/delete_account" data-testid="settings-delete-account">
        <Localized id="settings-delete-link">
          <span>Delete account…</span>
        </Localized>
      </Link>
    </section>
  );
}
