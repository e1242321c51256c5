// Vite plugin: every `<locale>.ftl` beside a feature in app/ is joined into one module per
// locale, so a language costs one request however many features it has.
//   virtual:ftl/en       → export default "<all en.ftl sources>"
//   virtual:ftl/index    → export const locales = [...]; export const loaders = { ar: () => import(...) }
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:ftl/';
const LOCALE_FILE = /^([a-z]{2,3}(?:-[A-Z]{2})?)\.ftl$/;

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
  return {
    name: 'fxa-ftl',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
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
      const files = byLocale.get(name) ?? [];
      for (const f of files) this.addWatchFile(f);
      const source = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
      return `export default ${JSON.stringify(source)};`;
    },
  };
}
