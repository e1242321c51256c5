import type { Capabilities } from '../../lib/webchannel/fxa-status';

// The Sync engines "Choose what to sync" can name (upstream fxa-settings lib/sync-engines.ts:
// the desktop defaults plus the webchannel extras addresses and creditcards).
export const SYNC_ENGINES: readonly { id: string; l10nId: string; fallback: string }[] = [
  { id: 'bookmarks', l10nId: 'sync-engine-bookmarks', fallback: 'Bookmarks' },
  { id: 'history', l10nId: 'sync-engine-history', fallback: 'History' },
  { id: 'passwords', l10nId: 'sync-engine-passwords', fallback: 'Passwords' },
  { id: 'addresses', l10nId: 'sync-engine-addresses', fallback: 'Addresses' },
  { id: 'creditcards', l10nId: 'sync-engine-creditcards', fallback: 'Payment methods' },
  { id: 'addons', l10nId: 'sync-engine-addons', fallback: 'Add-ons' },
  { id: 'tabs', l10nId: 'sync-engine-tabs', fallback: 'Open tabs' },
  { id: 'prefs', l10nId: 'sync-engine-prefs', fallback: 'Settings' },
];

/**
 * The engines to offer: exactly those the device reported, in its order, that have a name here.
 * A device that cannot honour a choice (no `choose_what_to_sync`) is offered none.
 */
export function offeredEngines(capabilities: Capabilities) {
  if (!capabilities.choose_what_to_sync || capabilities.hide_choose_what_to_sync) return [];
  return capabilities.engines.flatMap((id) => SYNC_ENGINES.filter((e) => e.id === id));
}
