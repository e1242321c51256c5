import { Localized } from '@fluent/react';
import { useEffect } from 'react';
import { create } from 'zustand';
import { takeNextPageNotice } from '../../lib/next-page-notice';

// The settings alert bar (upstream AlertBar): one message at a time, e.g. "Display name updated"
// after a sub-page saved and went back to /settings. A sub-page sets it before navigating; the
// bar is announced politely (role="status") and stays until dismissed or replaced.

export type SettingsAlert = {
  l10nId: string;
  fallback: string;
  args?: Record<string, string>;
  kind?: 'success' | 'error';
};

type AlertStore = { alert: SettingsAlert | null };

const useAlertStore = create<AlertStore>()(() => ({ alert: null }));

export const showSettingsAlert = (alert: SettingsAlert) => useAlertStore.setState({ alert });
export const clearSettingsAlert = () => useAlertStore.setState({ alert: null });

export function SettingsAlertBar() {
  const alert = useAlertStore((s) => s.alert);
  // A flow that ended here may have left a message (the password reset); leaving settings drops
  // the message: it belongs to this visit.
  useEffect(() => {
    const notice = takeNextPageNotice();
    if (notice) showSettingsAlert(notice);
    return clearSettingsAlert;
  }, []);
  return (
    <div className="settings-alert-region" role="status" aria-live="polite">
      {alert ? (
        <div className={`settings-alert ${alert.kind ?? 'success'}`}>
          <Localized id={alert.l10nId} vars={alert.args ?? {}}>
            <span>{alert.fallback}</span>
          </Localized>
          <Localized id="settings-alert-dismiss" attrs={{ 'aria-label': true }}>
            <button
              type="button"
              className="icon-button"
              aria-label="Dismiss"
              onClick={clearSettingsAlert}
            >
              ×
            </button>
          </Localized>
        </div>
      ) : null}
    </div>
  );
}
