import { FluentBundle, FluentResource } from '@fluent/bundle';
import { ReactLocalization } from '@fluent/react';
import { describe, expect, it } from 'vitest';
import { addLazyStrings, setAppLocalization } from './lazy-strings';

/** What the build makes of a .ftl file (scripts/vite-plugin-ftl.ts). */
const ftl = (source: string) => new FluentResource(source).body;

function localization(...locales: string[]) {
  const bundles = locales.map((locale) => {
    const bundle = new FluentBundle(locale);
    bundle.addResource(new FluentResource('entry = In the entry\n'));
    return bundle;
  });
  return new ReactLocalization(bundles);
}

describe('lazily loaded strings', () => {
  it('adds each language’s strings to its bundle, English from the chunk itself', async () => {
    const l10n = localization('de', 'en');
    setAppLocalization(l10n);
    const strings = {
      en: ftl('page-title = Change password\npage-only-english = Only in English\n'),
      loaders: { de: async () => ({ default: ftl('page-title = Passwort ändern\n') }) },
    };
    await addLazyStrings(strings);
    expect(l10n.getString('page-title')).toBe('Passwort ändern');
    // Missing in German: the English bundle answers, as for the entry's strings.
    expect(l10n.getString('page-only-english')).toBe('Only in English');
    expect(l10n.getString('entry')).toBe('In the entry');
  });

  it('adds a set of strings once, however many pages ask', async () => {
    const l10n = localization('en');
    setAppLocalization(l10n);
    let loads = 0;
    const strings = {
      en: ftl('once = Once\n'),
      loaders: {
        fr: async () => {
          loads++;
          return { default: ftl('') };
        },
      },
    };
    const first = addLazyStrings(strings);
    expect(addLazyStrings(strings)).toBe(first);
    await first;
    expect(l10n.getString('once')).toBe('Once');
    expect(loads).toBe(0); // no French bundle, nothing fetched
  });

  it('a language whose file fails to load keeps the English fallback', async () => {
    const l10n = localization('de', 'en');
    setAppLocalization(l10n);
    await addLazyStrings({
      en: ftl('offline = Offline\n'),
      loaders: { de: () => Promise.reject(new Error('chunk failed')) },
    });
    expect(l10n.getString('offline')).toBe('Offline');
  });
});
