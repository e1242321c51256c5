// Vite plugin: the `<locale>.ftl` files beside the code in app/ become one module per locale and
// *part*, where a part is a feature (app/features/<part>/…) or `core` (everything else: layout,
// errors, 404). A route loads its features' strings together with its own chunk, so a page's
// initial JS carries the strings it shows and not every feature's (the per-route size budget).
//   virtual:ftl/en/core   → export default "<core en.ftl sources>" (the entry imports it)
//   virtual:ftl/index     → export const locales = [...];
//                           export const loaders = { en: { settings: () => import(…) }, ar: {…} }
// A `<locale>.lazy.ftl` is left out of the parts: it holds strings that only lazily loaded
// sub-pages use, and their chunks load it themselves (app/l10n/lazy-strings.ts).
//   virtual:ftl-lazy/<dir>                 → export const en = "<dir/en.lazy.ftl>"; export const loaders = {…}
//   virtual:ftl-lazy-locale/<dir>/<locale> → export default "<dir/<locale>.lazy.ftl>"
// (<dir> is relative to app/.)
import fs from 'node:fs';
import path from 'node:path';
import { FluentResource } from '@fluent/bundle';
import type { Plugin } from 'vite';

/**
 * A module's value: the file parsed here, as @fluent/bundle's own parser does in the page, so the
 * page needs no parser (app/l10n/ftl-entries.ts). A syntax error drops that entry, as it would at
 * run time; scripts/l10n-check.test.ts fails on it.
 */
const entries = (source: string) => JSON.stringify(new FluentResource(source).body);

const PREFIX = 'virtual:ftl/';
const LAZY_PREFIX = 'virtual:ftl-lazy/';
const LAZY_LOCALE_PREFIX = 'virtual:ftl-lazy-locale/';
const LOCALE_FILE = /^([a-z]{2,3}(?:-[A-Z]{2})?)(?:\.lazy)?\.ftl$/;

const isLazy = (file: string) => file.endsWith('.lazy.ftl');
export const CORE_PART = 'core';

/** Every locale file, lazy ones included (the Fluent check reads them all). */
export function findFtlFiles(root: string): Map<string, string[]> {
  const byLocale = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const match = LOCALE_FILE.exec(entry.name);
        if (match?.[1]) byLocale.set(match[1], [...(byLocale.get(match[1]) ?? []), full]);
      }
    }
  };
  walk(root);
  for (const files of byLocale.values()) files.sort();
  return byLocale;
}

/** `features/settings/en.ftl` → `settings`; anything outside app/features → `core`. */
export function partOf(root: string, file: string): string {
  const [top, name] = path.relative(root, file).split(path.sep);
  return top === 'features' && name && !name.endsWith('.ftl') ? name : CORE_PART;
}

function loadLazy(appDir: string, id: string, watch: (file: string) => void): string | undefined {
  const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
  if (id.startsWith(`\0${LAZY_LOCALE_PREFIX}`)) {
    const rest = id.slice(LAZY_LOCALE_PREFIX.length + 1);
    const locale = path.basename(rest);
    const file = path.join(appDir, path.dirname(rest), `${locale}.lazy.ftl`);
    watch(file);
    return `export default ${entries(read(file))};`;
  }
  if (id.startsWith(`\0${LAZY_PREFIX}`)) {
    const dir = id.slice(LAZY_PREFIX.length + 1);
    const english = path.join(appDir, dir, 'en.lazy.ftl');
    watch(english);
    const others = fs
      .readdirSync(path.join(appDir, dir))
      .map((name) => /^([a-z]{2,3}(?:-[A-Z]{2})?)\.lazy\.ftl$/.exec(name)?.[1])
      .filter((l): l is string => l !== undefined && l !== 'en')
      .sort()
      .map(
        (l) =>
          `${JSON.stringify(l)}: () => import(${JSON.stringify(`${LAZY_LOCALE_PREFIX}${dir}/${l}`)})`,
      );
    return `export const en = ${entries(read(english))};\nexport const loaders = {${others.join(',\n')}};`;
  }
  return undefined;
}

export function ftlPlugin(appDir: string): Plugin {
  return {
    name: 'fxa-ftl',
    resolveId(id) {
      return id.startsWith(PREFIX) ||
        id.startsWith(LAZY_PREFIX) ||
        id.startsWith(LAZY_LOCALE_PREFIX)
        ? `\0${id}`
        : undefined;
    },
    load(id) {
      const lazy = loadLazy(appDir, id, (file) => this.addWatchFile(file));
      if (lazy !== undefined) return lazy;
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const name = id.slice(PREFIX.length + 1);
      const byLocale = findFtlFiles(appDir);
      if (name === 'index') {
        const locales = [...byLocale.keys()].sort();
        const loaders = locales.map((locale) => {
          const files = (byLocale.get(locale) ?? []).filter((f) => !isLazy(f));
          const parts = [...new Set(files.map((f) => partOf(appDir, f)))];
          const entries = parts
            // English core is imported statically by the app (no request before first render).
            .filter((part) => !(locale === 'en' && part === CORE_PART))
            .map((part) => {
              const module = JSON.stringify(`${PREFIX}${locale}/${part}`);
              return `${JSON.stringify(part)}: () => import(${module})`;
            });
          return `${JSON.stringify(locale)}: {${entries.join(', ')}}`;
        });
        return `export const locales = ${JSON.stringify(locales)};\nexport const loaders = {${loaders.join(',\n')}};`;
      }
      const [locale, part] = name.split('/');
      const files = (byLocale.get(locale ?? '') ?? []).filter(
        (f) => !isLazy(f) && partOf(appDir, f) === part,
      );
      for (const f of files) this.addWatchFile(f);
      const source = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
      return `export default ${entries(source)};`;
    },
  };
}
