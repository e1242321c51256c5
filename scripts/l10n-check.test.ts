// The Fluent check `npm test` runs: every locale file parses, every string id the code uses has
// an English message, and the translations use the English ids and variables only.
import fs from 'node:fs';
import path from 'node:path';
import { FluentParser, Junk, Message } from '@fluent/syntax';
import { describe, expect, it } from 'vitest';
import { findFtlFiles } from './vite-plugin-ftl';

const appDir = path.resolve(import.meta.dirname, '../app');
const byLocale = findFtlFiles(appDir);
const parser = new FluentParser({ withSpans: false });

function messagesOf(file: string) {
  const resource = parser.parse(fs.readFileSync(file, 'utf8'));
  const junk = resource.body.filter((e): e is Junk => e instanceof Junk);
  const messages = resource.body.filter((e): e is Message => e instanceof Message);
  return { junk, messages };
}

function idsIn(locale: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of byLocale.get(locale) ?? []) {
    for (const m of messagesOf(file).messages) ids.set(m.id.name, file);
  }
  return ids;
}

/** Ids referenced in code: <Localized id="…">, getString('…'), and `l10nId: '…'` tables. */
function idsUsedInCode(): Map<string, string> {
  const used = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        const source = fs.readFileSync(full, 'utf8');
        for (const m of source.matchAll(/<Localized\s+id="([a-z0-9-]+)"/g))
          used.set(m[1] as string, full);
        for (const m of source.matchAll(/getString\(\s*'([a-z0-9-]+)'/g))
          used.set(m[1] as string, full);
        for (const m of source.matchAll(/l10nId:\s*'([a-z0-9-]+)'/g))
          used.set(m[1] as string, full);
      }
    }
  };
  walk(appDir);
  return used;
}

describe('Fluent strings', () => {
  it('has English strings', () => {
    expect(byLocale.get('en')?.length ?? 0).toBeGreaterThan(0);
  });

  for (const [locale, files] of byLocale) {
    for (const file of files) {
      it(`${path.relative(appDir, file)} parses without errors`, () => {
        const { junk } = messagesOf(file);
        expect(junk.map((j) => j.content.trim().split('\n')[0])).toEqual([]);
      });
    }
    if (locale !== 'en') {
      it(`${locale} translates only ids that exist in English`, () => {
        const english = idsIn('en');
        const extra = [...idsIn(locale).keys()].filter((id) => !english.has(id));
        expect(extra).toEqual([]);
      });
    }
  }

  it('every id used in the code has an English message', () => {
    const english = idsIn('en');
    const missing = [...idsUsedInCode()]
      .filter(([id]) => !english.has(id))
      .map(([id, file]) => `${id} (${path.relative(appDir, file)})`);
    expect(missing).toEqual([]);
  });
});
