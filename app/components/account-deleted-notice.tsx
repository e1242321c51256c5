import { Localized } from '@fluent/react';
import { useLocation } from 'react-router';

/**
 * "Account deleted successfully" on the signed-out page the deletion led to (upstream's alert on
 * the index, test settings/deleteAccount.spec.ts). The deletion passes it in the navigation
 * state (session-actions.ts), so it is shown once, on that page, and never from a URL.
 */
export function AccountDeletedNotice() {
  const state: unknown = useLocation().state;
  const deleted =
    typeof state === 'object' &&
    state !== null &&
    'accountDeleted' in state &&
    state.accountDeleted;
  if (!deleted) return null;
  return (
    <Localized id="settings-account-deleted">
      <p className="card" role="status">
        Account deleted successfully
      </p>
    </Localized>
  );
}
