import { addLazyStrings } from '../../l10n/lazy-strings';

/**
 * A reset page's module together with the reset pages' strings (features/signin/reset/
 * <locale>.lazy.ftl): they travel with these pages, not with every sign-in page.
 */
export async function withResetStrings<T>(load: () => Promise<T>): Promise<T> {
  const [module] = await Promise.all([
    load(),
    import('virtual:ftl-lazy/features/signin/reset').then(addLazyStrings),
  ]);
  return module;
}

/**
 * The same for force_auth, unblock and the unblock email's report pages (features/signin/
 * more-strings/<locale>.lazy.ftl).
 */
export async function withMoreSigninStrings<T>(load: () => Promise<T>): Promise<T> {
  const [module] = await Promise.all([
    load(),
    import('virtual:ftl-lazy/features/signin/more-strings').then(addLazyStrings),
  ]);
  return module;
}
