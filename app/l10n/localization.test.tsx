import fs from 'node:fs';
import path from 'node:path';
import { LocalizationProvider, Localized } from '@fluent/react';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLocalization, loadStrings } from './localization';
import { MESSAGE_ELEMENTS } from './safe-markup';

/** A relier's name as an attacker would register it (issue #20, item 5). */
const EVIL_NAME = 'Evil<img src=x onerror="x()"> Co <b>bold</b> &amp;';
/** Fluent's bidi isolation marks around a placeable. */
const isolated = (text: string) => `\u2068${text}\u2069`;

afterEach(cleanup);

describe('the app’s localization', () => {
  it.each(['en', 'fr', 'ar'])(
    '%s: a variable is text, shown exactly as given, never parsed as markup',
    async (locale) => {
      const { l10n } = await loadLocalization([locale]);
      await loadStrings(['oauth']);
      const { container } = render(
        <LocalizationProvider l10n={l10n}>
          <Localized id="authorization-continue-heading" vars={{ client: EVIL_NAME }}>
            <h1>Continue to {EVIL_NAME}</h1>
          </Localized>
        </LocalizationProvider>,
      );
      const heading = container.querySelector('h1');
      expect(heading?.textContent).toContain(isolated(EVIL_NAME));
      expect(heading?.textContent).toBe(
        l10n.getString('authorization-continue-heading', { client: EVIL_NAME }),
      );
      expect(container.querySelector('img, b')).toBeNull();
    },
  );

  it.each(['en', 'fr', 'ar'])(
    '%s: our own elements still become the elements given',
    async (locale) => {
      const { l10n } = await loadLocalization([locale]);
      await loadStrings(['signin']);
      const { container } = render(
        <LocalizationProvider l10n={l10n}>
          <Localized
            id="signup-terms-agreement"
            elems={{ terms: <a href="/legal/terms">x</a>, privacy: <a href="/legal/privacy">x</a> }}
          >
            <p>By proceeding…</p>
          </Localized>
        </LocalizationProvider>,
      );
      const links = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).toEqual(['/legal/terms', '/legal/privacy']);
      expect(container.textContent).not.toMatch(/[<>]/);
    },
  );

  it('every element a message uses is one the parser knows', () => {
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.ftl')) {
          for (const m of fs.readFileSync(p, 'utf8').matchAll(/<([a-zA-Z][\w-]*)>/g))
            used.add(m[1] as string);
        }
      }
    };
    walk(path.resolve(import.meta.dirname, '..'));
    expect([...used].filter((name) => !MESSAGE_ELEMENTS.includes(name))).toEqual([]);
  });
});
