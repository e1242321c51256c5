import { Localized } from '@fluent/react';
import { Outlet } from 'react-router';

export function AppLayout() {
  return (
    <div className="app">
      <header className="app-header">
        <Localized id="app-brand">
          <span className="brand">Mozilla accounts</span>
        </Localized>
      </header>
      <main className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
