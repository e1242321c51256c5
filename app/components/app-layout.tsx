import { Localized } from '@fluent/react';
import { Outlet } from 'react-router';
import { AccountDeletedNotice } from './account-deleted-notice';
import { TabIcon } from './tab-icon';

export function AppLayout() {
  return (
    <div className="app">
      <TabIcon />
      <header className="app-header">
        <Localized id="app-brand">
          <span className="brand">Mozilla accounts</span>
        </Localized>
      </header>
      <main className="app-main">
        <AccountDeletedNotice />
        <Outlet />
      </main>
    </div>
  );
}
