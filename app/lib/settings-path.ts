/** /settings and its sub-pages: the entry starts their requests, the router warms their chunk. */
export const isSettingsPath = (pathname: string) => /^\/settings(\/|$)/i.test(pathname);
