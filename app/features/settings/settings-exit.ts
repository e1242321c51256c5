// Where the settings pages go when the session ends. The session store only says "signed out";
// why it ended decides the destination: the user's own sign-out goes to `/`, a deleted account
// to `/` with a notice, and anything else (another tab, an expired token) back to sign-in with
// the page kept in redirect_to. The code that ends the session on purpose sets the target first.

export type SettingsExit = { to: string; state?: { accountDeleted?: boolean } };

let pending: SettingsExit | null = null;

export function setSettingsExit(exit: SettingsExit): void {
  pending = exit;
}

/** The target set for this exit, once; null when the session ended for another reason. */
export function takeSettingsExit(): SettingsExit | null {
  const exit = pending;
  pending = null;
  return exit;
}

/** Email-first, back to `path` after signing in, with the email filled in when known. */
export function signInAgainPath(path: string, search: string, email?: string): string {
  const params = new URLSearchParams(search);
  if (email) params.set('email', email);
  params.set('redirect_to', path);
  return `/?${params.toString()}`;
}
