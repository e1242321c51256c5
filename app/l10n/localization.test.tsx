import { LocalizationProvider, Localized } from '@fluent/react';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLocalization, loadStrings } from './localization';

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
});
