import { createContext } from 'react-router';
import type { EarlyRequests } from './route-data';

/**
 * The requests the entry started (route-data.ts), for route loaders: router.tsx's getContext.
 * Only a type comes from route-data.ts: a value imported from the entry's modules would split
 * them into chunks of their own, one more file on every page's first load.
 */
export const earlyRequestsContext = createContext<EarlyRequests>({
  sent: Promise.resolve(),
  takeSettings: () => null,
});
