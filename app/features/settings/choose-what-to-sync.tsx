import { Localized } from '@fluent/react';
import { showsChooseWhatToSync } from '../../lib/webchannel/fxa-status';
import { useSessionStore } from '../../session/session-store';

const KNOWN_ENGINES = new Set([
  'addons',
  'addresses',
  'bookmarks',
  'creditcards',
  'history',
  'passwords',
  'prefs',
  'tabs',
]);

/**
 * "Choose what to sync", offering exactly the engines the device reported. Hidden when the
 * device cannot honour it or asks us not to show it (`hide_choose_what_to_sync`).
 */
export function ChooseWhatToSync() {
  const capabilities = useSessionStore((s) => s.device.capabilities);
  if (!showsChooseWhatToSync(capabilities)) return null;
  const engines = capabilities.engines.filter((e) => KNOWN_ENGINES.has(e));
  return (
    <section className="card" aria-labelledby="cwts-heading">
      <Localized id="cwts-heading">
        <h2 id="cwts-heading">Choose what to sync</h2>
      </Localized>
      <ul className="engines">
        {engines.map((engine) => (
          <li key={engine}>
            <label>
              <input type="checkbox" name="engine" value={engine} defaultChecked />{' '}
              <Localized id={`cwts-engine-${engine}`}>
                <span>{engine}</span>
              </Localized>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
