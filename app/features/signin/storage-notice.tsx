import { Localized } from '@fluent/react';
import { useState } from 'react';

/** Whether this tab can keep a session across pages and tabs (localStorage reads and writes). */
function storageWorks(): boolean {
  try {
    // Outside the `__fxa_storage.` prefix: other tabs' storage listeners ignore it.
    const key = 'fxa-storage-probe';
    window.localStorage.setItem(key, '1');
    window.localStorage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/**
 * Said where the user signs in when site storage is blocked or full (security reference D11;
 * upstream's /cookies_disabled page). Unlike upstream the app still works: the session is kept
 * in memory (session-store) for this tab, and account-storage.ts never throws.
 */
export function StorageNotice() {
  const [works] = useState(storageWorks);
  if (works) return null;
  return (
    <Localized id="signin-storage-unavailable">
      <p className="signin-notice" role="status">
        Your browser is blocking site storage, so you will stay signed in only in this tab.
      </p>
    </Localized>
  );
}
