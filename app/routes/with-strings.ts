import type { RouteObject } from 'react-router';
import { loadStrings } from '../l10n/localization';

/**
 * The same routes, each loading its features' strings beside its own chunk (one parallel
 * round; l10n/localization.ts). Applied to whole route tables in router.tsx, so feature route
 * tables need not know about strings.
 */
export function withStrings(parts: readonly string[], routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => {
    const { lazy, children } = route;
    const next = { ...route } as RouteObject;
    if (typeof lazy === 'function') {
      next.lazy = async () => {
        const [module] = await Promise.all([lazy(), loadStrings(parts)]);
        return module;
      };
    }
    if (children) next.children = withStrings(parts, children);
    return next;
  });
}
