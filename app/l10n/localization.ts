import english from 'virtual:ftl/en';
import { loaders, locales } from 'virtual:ftl/index';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { negotiateLanguages } from '@fluent/langneg';
import { ReactLocalization } from '@fluent/react';

export const DEFAULT_LOCALE = 'en';
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

function bundleFor(locale: string, source: string): FluentBundle {
  const bundle = new FluentBundle(locale);
  // A syntax error in a translation must not hide the English fallback; `npm test` reports it.
  bundle.addResource(new FluentResource(source));
  return bundle;
}

/** Picks the user's language (English as the fallback) and loads its strings in one request. */
export async function loadLocalization(requested: readonly string[]): Promise<{
  l10n: ReactLocalization;
  locale: string;
}> {
  const chosen = negotiateLanguages(requested, locales, { defaultLocale: DEFAULT_LOCALE });
  const wanted = chosen.includes(DEFAULT_LOCALE) ? chosen : [...chosen, DEFAULT_LOCALE];
  const sources = await Promise.all(
    wanted.map(async (locale) => {
      // English ships in the entry chunk: the common case costs no request before first render.
      if (locale === DEFAULT_LOCALE) return english;
      const load = loaders[locale];
      return load ? (await load()).default : '';
    }),
  );
  const bundles = wanted.map((locale, i) => bundleFor(locale, sources[i] ?? ''));
  return { l10n: new ReactLocalization(bundles), locale: wanted[0] ?? DEFAULT_LOCALE };
}

export function applyDocumentLocale(locale: string) {
  document.documentElement.lang = locale;
  document.documentElement.dir = RTL.has(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
