import type { LazyStrings } from '../../l10n/lazy-strings';

/** A page's module that adds its strings itself: it re-exports app/l10n/lazy-strings.ts's adder. */
type AddsStrings = { addLazyStrings: (strings: LazyStrings) => Promise<void> };

/**
 * A page's module and its strings, downloaded side by side; the page's own chunk adds them to the
 * app's bundles. Not this module: an import of lazy-strings.ts here, in the chunk of the routes
 * found on navigation (routes/more-routes.ts), made the bundler split lazy-strings.ts out of the
 * app chunk into a file of its own on every page's first load (the size budget).
 */
async function withStrings<T extends AddsStrings>(
  load: () => Promise<T>,
  strings: Promise<LazyStrings>,
): Promise<Omit<T, 'addLazyStrings'>> {
  const [{ addLazyStrings, ...page }, loaded] = await Promise.all([load(), strings]);
  await addLazyStrings(loaded);
  return page;
}

/**
 * A reset page's module together with the reset pages' strings (features/signin/reset/
 * <locale>.lazy.ftl): they travel with these pages, not with every sign-in page.
 */
export function withResetStrings<T extends AddsStrings>(load: () => Promise<T>) {
  return withStrings(load, import('virtual:ftl-lazy/features/signin/reset'));
}

/**
 * The same for force_auth, unblock and the unblock email's report pages (features/signin/
 * more-strings/<locale>.lazy.ftl).
 */
export function withMoreSigninStrings<T extends AddsStrings>(load: () => Promise<T>) {
  return withStrings(load, import('virtual:ftl-lazy/features/signin/more-strings'));
}
