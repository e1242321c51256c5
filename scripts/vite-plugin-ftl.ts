// Vite plugin: every `<locale>.ftl` beside a feature in app/ is joined into one module per
// locale, so a language costs one request however many features it has.
//   virtual:ftl/en       → export default "<all en.ftl sources>"
//   virtual:ftl/index    → export const locales = [...]; export const loaders = { ar: () => import(...) }
// A `<locale>.lazy.ftl` is left out of those: it holds strings only lazily loaded pages use, and
// its page chunks load it themselves (app/l10n/lazy-strings.ts), so the entry does not carry them.
//   virtual:ftl-lazy/<dir>          → export const en = "<dir/en.lazy.ftl>"; export const loaders = {…}
//   virtual:ftl-lazy-locale/<dir>/<locale> → export default "<dir/<locale>.lazy.ftl>"
// (<dir> is relative to app/.)
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:ftl/';
const LAZY_PREFIX = 'virtual:ftl-lazy/';
const LAZY_LOCALE_PREFIX = 'virtual:ftl-lazy-locale/';
const LOCALE_FILE = /^([a-z]{2,3}(?:-[A-Z]{2})?)(?:\.lazy)?\.ftl$/;

const isLazy = (file: string) => file.endsWith('.lazy.ftl');

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

export function ftlPlugin(appDir: string): Plugin {
  const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
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
      if (id.startsWith(`\0${LAZY_LOCALE_PREFIX}`)) {
        const rest = id.slice(LAZY_LOCALE_PREFIX.length + 1);
        const locale = path.basename(rest);
        const file = path.join(appDir, path.dirname(rest), `${locale}.lazy.ftl`);
        this.addWatchFile(file);
        return `export default ${JSON.stringify(read(file))};`;
      }
      if (id.startsWith(`\0${LAZY_PREFIX}`)) {
        const dir = id.slice(LAZY_PREFIX.length + 1);
        const english = path.join(appDir, dir, 'en.lazy.ftl');
        this.addWatchFile(english);
        const others = fs
          .readdirSync(path.join(appDir, dir))
          .map((name) => /^([a-z]{2,3}(?:-[A-Z]{2})?)\.lazy\.ftl$/.exec(name)?.[1])
          .filter((l): l is string => l !== undefined && l !== 'en')
          .sort()
          .map(
            (l) =>
              `${JSON.stringify(l)}: () => import(${JSON.stringify(`${LAZY_LOCALE_PREFIX}${dir}/${l}`)})`,
          );
        return `export const en = ${JSON.stringify(read(english))};\nexport const loaders = {${others.join(',\n')}};`;
      }
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const name = id.slice(PREFIX.length + 1);
      const byLocale = findFtlFiles(appDir);
      if (name === 'index') {
        const locales = [...byLocale.keys()].sort();
        // English is imported statically by the app (no request before first render).
        const loaders = locales
          .filter((l) => l !== 'en')
          .map((l) => `${JSON.stringify(l)}: () => import(${JSON.stringify(PREFIX + l)})`)
          .join(',\n');
        return `export const locales = ${JSON.stringify(locales)};\nexport const loaders = {${loaders}};`;
      }
      const files = (byLocale.get(name) ?? []).filter((f) => !isLazy(f));
      for (const f of files) this.addWatchFile(f);
      const source = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
      return `export default ${JSON.stringify(source)};`;
    },
  };
}
