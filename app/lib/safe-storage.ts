// localStorage that never throws: it can be disabled (cookies blocked), full, or hold junk that
// another tab or an old version wrote. Upstream's Storage JSON-encodes every value under a
// `__fxa_storage.` prefix; we read and write the same keys so both apps can share a profile.

const PREFIX = '__fxa_storage.';

function backend(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readJson(key: string): unknown {
  try {
    const raw = backend()?.getItem(PREFIX + key);
    return raw == null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}

export function writeJson(key: string, value: unknown): boolean {
  try {
    const store = backend();
    if (!store) return false;
    if (value === undefined) store.removeItem(PREFIX + key);
    else store.setItem(PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export const storageKey = (key: string) => PREFIX + key;
