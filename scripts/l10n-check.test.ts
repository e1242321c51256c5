// The Fluent check `npm test` runs: every locale file parses; every string id the code uses has
// an English message; no user-visible English is written into JSX without an id; the
// code passes every variable a message uses; the translations use the English ids, attributes
// and variables only, and translate every message.
import fs from 'node:fs';
import path from 'node:path';
import { FluentParser, Junk, type Message } from '@fluent/syntax';
import { describe, expect, it } from 'vitest';
import {
  attributesOf,
  findHardCodedText,
  findMessageUses,
  messagesIn,
  variablesOf,
} from './l10n-scan';
import { findFtlFiles } from './vite-plugin-ftl';

const appDir = path.resolve(import.meta.dirname, '../app');
const byLocale = findFtlFiles(appDir);
const parser = new FluentParser({ withSpans: false });
const read = (file: string) => fs.readFileSync(file, 'utf8');
const rel = (file: string) => path.relative(appDir, file);

/** Every message of a locale, with the file it is in. */
function messagesOf(locale: string) {
  const all = new Map<string, { message: Message; file: string }>();
  for (const file of byLocale.get(locale) ?? []) {
    for (const [id, message] of messagesIn(read(file))) all.set(id, { message, file });
  }
  return all;
}

/** The app's source files (tests and test utilities are not shown to users). */
function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.(test|testutil)\.tsx?$/.test(entry.name)) {
        files.push(full);
      }
    }
  };
  walk(appDir);
  return files;
}

/** Ids referenced in code: <Localized id="…">, getString('…'), and `l10nId: '…'` tables. */
function idsUsedInCode(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of sourceFiles()) {
    const source = read(file);
    for (const pattern of [
      /<Localized\s+id="([a-z0-9-]+)"/g,
      /getString\(\s*'([a-z0-9-]+)'/g,
      /l10nId:\s*'([a-z0-9-]+)'/g,
    ]) {
      for (const m of source.matchAll(pattern)) used.set(m[1] as string, file);
    }
  }
  return used;
}

const english = messagesOf('en');
const translations = [...byLocale.keys()].filter((l) => l !== 'en').sort();

describe('Fluent strings', () => {
  it('has English strings and at least two translations, one right-to-left', () => {
    expect(english.size).toBeGreaterThan(0);
    expect(translations).toEqual(expect.arrayContaining(['ar', 'fr']));
  });

  for (const [, files] of byLocale) {
    for (const file of files) {
      it(`${rel(file)} parses without errors`, () => {
        const junk = parser.parse(read(file)).body.filter((e): e is Junk => e instanceof Junk);
        expect(junk.map((j) => j.content.trim().split('\n')[0])).toEqual([]);
      });
    }
  }

  it('every id used in the code has an English message', () => {
    const missing = [...idsUsedInCode()]
      .filter(([id]) => !english.has(id))
      .map(([id, file]) => `${id} (${rel(file)})`);
    expect(missing).toEqual([]);
  });

  it('the code passes every variable its message uses (else "{$count}" is shown)', () => {
    const missing = sourceFiles().flatMap((file) =>
      findMessageUses(file, read(file)).flatMap(({ line, id, passed }) => {
        const en = english.get(id)?.message;
        if (!en) return [];
        return [...variablesOf(en)]
          .filter((v) => !passed.has(v))
          .map((v) => `${rel(file)}:${line} ${id}: $${v}`);
      }),
    );
    expect(missing).toEqual([]);
  });

  it('no user-visible English is written into JSX without a Fluent id', () => {
    const found = sourceFiles()
      .filter((f) => f.endsWith('.tsx'))
      .flatMap((file) =>
        findHardCodedText(file, read(file)).map(
          (t) => `${rel(file)}:${t.line} ${t.where}: ${JSON.stringify(t.text)}`,
        ),
      );
    expect(found).toEqual([]);
  });

  for (const locale of translations) {
    describe(locale, () => {
      const translated = messagesOf(locale);

      it('translates only ids that exist in English, in the same part of the app', () => {
        const wrong = [...translated]
          .filter(([id, t]) => {
            const en = english.get(id);
            // Beside the English file: the same feature, loaded with the same pages.
            return (
              !en ||
              path.dirname(en.file) !== path.dirname(t.file) ||
              en.file.endsWith('.lazy.ftl') !== t.file.endsWith('.lazy.ftl')
            );
          })
          .map(([id, t]) => `${id} (${rel(t.file)})`);
        expect(wrong).toEqual([]);
      });

      it('translates every English message', () => {
        const missing = [...english]
          .filter(([id]) => !translated.has(id))
          .map(([id, e]) => `${id} (${rel(e.file)})`);
        expect(missing).toEqual([]);
      });

      it('uses only the variables and attributes the English message has', () => {
        const wrong: string[] = [];
        for (const [id, { message }] of translated) {
          const en = english.get(id)?.message;
          if (!en) continue;
          const known = variablesOf(en);
          for (const v of variablesOf(message)) if (!known.has(v)) wrong.push(`${id}: $${v}`);
          const attributes = attributesOf(en);
          for (const a of attributesOf(message)) if (!attributes.has(a)) wrong.push(`${id}: .${a}`);
          // An attribute-only English message (.aria-label) must not gain or lose its value.
          if ((en.value === null) !== (message.value === null)) wrong.push(`${id}: value`);
        }
        expect(wrong).toEqual([]);
      });
    });
  }
});

// The scanner itself, on small sources: the check above is only as good as what it can see.
describe('the hard-coded text scan', () => {
  const scan = (source: string) =>
    findHardCodedText('x.tsx', source).map((t) => `${t.where}: ${t.text}`);

  it('finds text nodes, literal children and user-visible attributes outside <Localized>', () => {
    expect(
      scan(`
        const A = () => (
          <div title="Tooltip">
            <p>Hello there</p>
            <span>{'Literal child'}</span>
            <img alt={\`Photo of \${name}\`} src="a.png" />
            <input placeholder="Your email" aria-label={label} />
          </div>
        );`),
    ).toEqual([
      'title: Tooltip',
      'text: Hello there',
      'text: Literal child',
      'alt: Photo of',
      'placeholder: Your email',
    ]);
  });

  it('accepts the English fallback inside <Localized>, and attributes it lists in attrs', () => {
    expect(
      scan(`
        const A = () => (
          <>
            <Localized id="greeting"><p>Hello <b>there</b></p></Localized>
            <Localized id="close" attrs={{ 'aria-label': true }}>
              <button aria-label="Close" title="Not listed">×</button>
            </Localized>
          </>
        );`),
    ).toEqual(['title: Not listed']);
  });

  it('lets punctuation, symbols and digits through', () => {
    expect(scan(`const A = () => <p>{': '}× • ✓ 123 — <span aria-label="…" /></p>;`)).toEqual([]);
  });
});

describe('the message-use scan', () => {
  it('reads literal ids with the variables passed, and leaves computed ones out', () => {
    const uses = findMessageUses(
      'x.tsx',
      `
        const A = () => (
          <>
            <Localized id="plain"><p>Hi</p></Localized>
            <Localized id="count" vars={{ count: n, 'email': e }}><p>{n}</p></Localized>
            <Localized id={dynamic} vars={{ a }}><p>x</p></Localized>
            <Localized id="spread" vars={{ ...all }}><p>x</p></Localized>
            <p title={l10n.getString('title', { name })} />
            <p title={l10n.getString('menu', null, 'Menu')} />
          </>
        );`,
    ).map((u) => `${u.id}: ${[...u.passed].join(',')}`);
    expect(uses).toEqual(['plain: ', 'count: count,email', 'title: name', 'menu: ']);
  });
});

describe('the variable scan', () => {
  it('sees variables in values, attributes, selectors, variants and function calls', () => {
    const [message] = messagesIn(
      [
        'm = { $count ->',
        '    [one] One { $thing }',
        '   *[other] { NUMBER($count) } { $things } on { DATETIME($date, dateStyle: "short") }',
        '  }',
        '  .title = { $title }',
        '',
      ].join('\n'),
    ).values();
    expect(message && [...variablesOf(message)].sort()).toEqual([
      'count',
      'date',
      'thing',
      'things',
      'title',
    ]);
  });
});
