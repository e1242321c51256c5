import { Localized, useLocalization } from '@fluent/react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { currentLocale } from '../../../l10n/current-locale';
import { addLazyStrings } from '../../../l10n/lazy-strings';
import {
  type AttachedClient,
  attachedClientDestroy,
} from '../../../lib/auth-client/attached-clients';
import { clientKey, clientKind, relativeTime, sortClients } from '../client-list';
import { clientsQuery, settingsKeys } from '../data/queries';
import { useSettingsMutation } from '../data/settings-mutation';
import { useSettingsQuery } from '../data/use-settings-query';
import { DeviceIcon } from '../device-icon';
import { ErrorText } from '../error-text';
import { signOutOfSettings } from '../session-actions';
import { showSettingsAlert } from '../settings-alert';
import { Skeleton } from '../skeleton';
import { DisconnectDialog } from './disconnect-dialog';

/**
 * This section's strings (sections/<locale>.lazy.ftl) travel with its chunk, not with the page's;
 * the page renders the section once they are in, so it never shows English in another language.
 */
export const stringsReady = import('virtual:ftl-lazy/features/settings/sections').then(
  addLazyStrings,
);

const locationText = (l: AttachedClient['location']) =>
  l ? [l.city, l.stateCode ?? l.state, l.country].filter(Boolean).join(', ') : '';

/** A Firefox that syncs (it registered as a device): signing it out asks first, as upstream does. */
const isSyncDevice = (c: AttachedClient) => c.deviceId !== null && !c.isCurrentSession;

/**
 * Connected services (upstream components/Settings/ConnectedServices, test
 * relyingParties.spec.ts "disconnect RP"): every session, device and relier holding access, this
 * device first. Signing out of one disconnects it (a Sync device after "Disconnect from Sync");
 * signing out of this device is the same as the avatar menu's sign-out.
 */
export function ConnectedServices({ uid }: { uid: string }) {
  const clients = useSettingsQuery(clientsQuery(uid));
  const queryClient = useQueryClient();
  const [now] = useState(() => Date.now());
  const { l10n } = useLocalization();
  const locale = currentLocale(l10n);
  const [confirming, setConfirming] = useState<AttachedClient | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const list = sortClients(clients.data ?? []);
  const disconnect = useSettingsMutation<AttachedClient>('disconnect', attachedClientDestroy, {
    onSuccess: (_r, client) => {
      const key = settingsKeys.clients(uid);
      queryClient.setQueryData<AttachedClient[]>(key, (list) =>
        list?.filter((c) => clientKey(c) !== clientKey(client)),
      );
      void queryClient.invalidateQueries({ queryKey: key });
      showSettingsAlert({
        l10nId: 'settings-client-signed-out',
        fallback: `Signed out of ${client.name ?? ''}`,
        args: { name: client.name ?? '' },
      });
    },
  });

  return (
    <section
      className="card"
      id="connected-services"
      aria-labelledby="connected-services-heading"
      aria-busy={clients.status === 'pending'}
      data-testid="connected-services"
    >
      <Localized id="settings-services-heading">
        <h2 id="connected-services-heading" ref={heading} tabIndex={-1}>
          Connected services
        </h2>
      </Localized>
      {clients.status === 'pending' ? (
        <ul className="client-list">
          {[0, 1].map((i) => (
            <li className="client-row" key={i}>
              <span className="device-icon" />
              <Skeleton />
            </li>
          ))}
        </ul>
      ) : clients.status === 'error' ? (
        <div className="settings-actions">
          <ErrorText error={clients.error} />
          <button type="button" className="button" onClick={clients.refetch}>
            <Localized id="settings-retry">
              <span>Try again</span>
            </Localized>
          </button>
        </div>
      ) : (
        <>
          <Localized id="settings-services-count" vars={{ count: list.length }}>
            <p className="muted">
              {list.length} services and devices are signed in to your account.
            </p>
          </Localized>
          <ul className="client-list">
            {list.map((client) => {
              const name = client.name ?? '';
              const where = locationText(client.location);
              const pending =
                disconnect.isPending &&
                disconnect.variables &&
                clientKey(disconnect.variables) === clientKey(client);
              const failed =
                disconnect.error &&
                disconnect.variables &&
                clientKey(disconnect.variables) === clientKey(client);
              return (
                <li className="client-row" key={clientKey(client)} data-testid="client">
                  <DeviceIcon kind={clientKind(client)} />
                  <div>
                    <p className="client-name">
                      {name}
                      {client.isCurrentSession ? (
                        <Localized id="settings-this-device">
                          <span className="badge">This device</span>
                        </Localized>
                      ) : null}
                    </p>
                    {client.lastAccessTime ? (
                      <Localized
                        id="settings-last-active"
                        vars={{ when: relativeTime(client.lastAccessTime, now, locale) }}
                      >
                        <p className="muted">
                          Last active {relativeTime(client.lastAccessTime, now, locale)}
                        </p>
                      </Localized>
                    ) : null}
                    {where ? <p className="muted">{where}</p> : null}
                    {failed ? <ErrorText error={disconnect.error} /> : null}
                  </div>
                  <Localized
                    id="settings-client-sign-out"
                    vars={{ name }}
                    attrs={{ 'aria-label': true }}
                  >
                    <button
                      type="button"
                      className="button"
                      disabled={disconnect.isPending}
                      aria-busy={pending || undefined}
                      aria-label={`Sign out of ${name}`}
                      onClick={() =>
                        client.isCurrentSession
                          ? void signOutOfSettings()
                          : isSyncDevice(client)
                            ? setConfirming(client)
                            : disconnect.mutate(client)
                      }
                    >
                      Sign out
                    </button>
                  </Localized>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {confirming ? (
        <DisconnectDialog
          name={confirming.name ?? ''}
          busy={disconnect.isPending}
          fallbackFocus={heading}
          onClose={() => setConfirming(null)}
          onConfirm={() => disconnect.mutate(confirming, { onSettled: () => setConfirming(null) })}
        />
      ) : null}
    </section>
  );
}
