import { QueryClient } from '@tanstack/react-query';

// The app's one query cache. A module of its own, not app-root.tsx: the settings requests'
// code must not pull React's root, the router and the localization in with it.
//
// networkMode 'always': react-query's default ('online') pauses requests while navigator.onLine
// is false, which leaves a save or a page load waiting, button disabled, until the browser is back
// online; failing at once lets the page say so and keep what was typed (security reference F1).
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      retry: false,
      refetchOnWindowFocus: false,
      networkMode: 'always',
    },
    mutations: { networkMode: 'always' },
  },
});
