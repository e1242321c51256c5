import { Localized } from '@fluent/react';
import { Link } from 'react-router';
import { useSessionStore } from '../../session/session-store';

/**
 * `/connect_another_device`: where a Sync sign-in ends once Firefox holds the account (upstream's
 * CAD / pair page, reduced to the confirmation and the way on).
 */
export function ConnectAnotherDevicePage() {
  // QR-code pairing is offered only when Firefox says it can (fxa_status capabilities.pairing).
  const canPair = useSessionStore((s) => s.device.capabilities.pairing);
  return (
    <section className="card signin-card" aria-labelledby="cad-heading" data-signin-ready>
      <Localized id="cad-heading">
        <h1 id="cad-heading">You’re signed into Firefox</h1>
      </Localized>
      <Localized id="cad-sync-starting">
        <p>Sync is starting. Sign in on your other devices to see your data there too.</p>
      </Localized>
      <Localized id="cad-settings-link">
        <Link to="/settings">Manage your account</Link>
      </Localized>
      {canPair && (
        <p>
          <Localized id="cad-pair-link">
            <Link to="/pair">Connect another device</Link>
          </Localized>
        </p>
      )}
    </section>
  );
}
