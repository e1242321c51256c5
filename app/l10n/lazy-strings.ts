import type { FluentResource } from '@fluent/bundle';
import type { ReactLocalization } from '@fluent/react';
import type { FtlEntries } from './ftl-entries';

// Strings that only lazily loaded pages use live in `<locale>.lazy.ftl` files, outside the entry
// chunk (scripts/vite-plugin-ftl.ts); a page's chunk adds them to the app's bundles before the
// page renders. English ships inside the page's chunk; another language costs one request.

export type LazyStrings = {
  en: FtlEntries;
  loaders: Record<string, () => Promise<{ default: FtlEntries }>>;
};

let app: ReactLocalization | null = null;
const added = new Map<LazyStrings, Promise<void>>();

/** The app's localization, once it exists (main.tsx), so page chunks can extend it. */
export function setAppLocalization(l10n: ReactLocalization): void {
  app = l10n;
}

/** Adds the strings to every bundle in its own language; once per set of strings. */
export function addLazyStrings(strings: LazyStrings): Promise<void> {
  const l10n = app;
  if (!l10n) return Promise.resolve();
  let done = added.get(strings);
  if (!done) {
    done = Promise.all(
      [...l10n.bundles].map(async (bundle) => {
        const locale = bundle.locales[0] ?? 'en';
        const source =
          locale === 'en'
            ? strings.en
            : (await strings.loaders[locale]?.().catch(() => null))?.default;
        // A missing translation falls back to the English bundle, as for the entry's strings.
        // ftl-entries.ts's ftlResource, written out: importing it made the bundler split this
        // module out of the app chunk into a file of its own on every first load (size budget).
        if (source) bundle.addResource({ body: source } as FluentResource);
      }),
    ).then(() => {});
    added.set(strings, done);
  }
  return done;
}
