import englishCore from 'virtual:ftl/en/core';
import { loaders, locales } from 'virtual:ftl/index';
import { FluentBundle } from '@fluent/bundle';
import { ReactLocalization } from '@fluent/react';
import { type FtlEntries, ftlResource } from './ftl-entries';
import { negotiateLanguages } from './negotiate';
import { parseOwnMarkup } from './safe-markup';

export const DEFAULT_LOCALE = 'en';
const RTL = new Set(['ar', 'he', 'fa', 'ur']);
const CORE = 'core';

// The chosen languages' bundles, best first, English last. Strings arrive in parts: `core` before
// the first render, each feature's with its route (loadStrings). A bundle gains messages as parts
// load; components that use them render only after their route's parts are in.
let active: { locale: string; bundle: FluentBundle }[] = [];
const loaded = new Map<string, Promise<void>>();

function addSource(bundle: FluentBundle, entries: FtlEntries) {
  bundle.addResource(ftlResource(entries));
}

async function loadPart(part: string): Promise<void> {
  const sources = await Promise.all(
    active.map(async ({ locale }) => {
      if (locale === DEFAULT_LOCALE && part === CORE) return englishCore;
      const load = loaders[locale]?.[part];
      return load ? (await load()).default : [];
    }),
  );
  for (const [i, { bundle }] of active.entries()) addSource(bundle, sources[i] ?? []);
}

/**
 * Loads the strings of these parts (features) in every chosen language, once each. Route tables
 * call it beside the route's own chunk (router.tsx), so it adds no round trip.
 */
export function loadStrings(parts: readonly string[]): Promise<void> {
  return Promise.all(
    parts.map((part) => {
      let pending = loaded.get(part);
      if (!pending) {
        pending = loadPart(part);
        loaded.set(part, pending);
      }
      return pending;
    }),
  ).then(() => undefined);
}

/** Picks the user's language (English as the fallback) and loads its core strings. */
export async function loadLocalization(requested: readonly string[]): Promise<{
  l10n: ReactLocalization;
  locale: string;
}> {
  const wanted = negotiateLanguages(requested, locales, DEFAULT_LOCALE);
  active = wanted.map((locale) => ({ locale, bundle: new FluentBundle(locale) }));
  loaded.clear();
  await loadStrings([CORE]);
  return {
    // Only our own elements are markup; every variable is shown as the text it is (safe-markup.ts).
    l10n: new ReactLocalization(
      active.map((a) => a.bundle),
      parseOwnMarkup,
    ),
    locale: wanted[0] ?? DEFAULT_LOCALE,
  };
}

export function applyDocumentLocale(locale: string) {
  document.documentElement.lang = locale;
  document.documentElement.dir = RTL.has(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
