import { useLocalization } from '@fluent/react';
import { Link } from 'react-router';

/** The way to delete the account (upstream's `settings-delete-account` link at the page's end). */
export function DeleteAccountSection() {
  const { l10n } = useLocalization();
  return (
    <section className="card" id="delete-account" aria-labelledby="delete-account-heading">
      <h2 id="delete-account-heading">{l10n.getString('settings-delete-heading')}</h2>
      <p>{l10n.getString('settings-delete-intro')}</p>
      <Link to="/settings/delete_account" data-testid="settings-delete-account">
        {l10n.getString('settings-delete-link')}
      </Link>
    </section>
  );
}
