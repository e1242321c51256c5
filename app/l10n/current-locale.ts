import type { ReactLocalization } from '@fluent/react';

/**
 * The language the page is shown in: the negotiated best match (l10n/localization.ts), whose
 * bundle comes first. For Intl formatting (dates, relative times) beside Fluent's own.
 */
export function currentLocale(l10n: ReactLocalization): string {
  for (const bundle of l10n.bundles) return bundle.locales[0] ?? 'en';
  return 'en';
}
