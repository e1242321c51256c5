import { OAUTH_ERRORS, OAuthFailureError } from './oauth-errors';

/** Navigates away from the app; the only way this feature leaves for a relier. */
export type Leave = (url: string) => void;

export const leaveForRelier: Leave = (url) => {
  // Defence in depth: whatever reaches here was validated, and is only ever http(s).
  if (!/^https?:\/\//i.test(url)) throw new OAuthFailureError(OAUTH_ERRORS.incorrectRedirect());
  window.location.assign(url);
};
