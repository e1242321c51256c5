// A blocked sign-in waiting for its unblock code (unblock-steps.ts, unblock-page.tsx). In memory
// only: the password never reaches history state or storage, and a reload forgets it.

export type PendingUnblock = {
  email: string;
  password: string;
  knownUid: string | undefined;
  /** What the browser answered to can_link_account before the first attempt (not asked again). */
  agreed: boolean | undefined;
};

let pending: PendingUnblock | null = null;

export const getPendingUnblock = (): PendingUnblock | null => pending;

export function setPendingUnblock(value: PendingUnblock | null): void {
  pending = value;
}

/** "Why is this happening?" on the unblock and report pages (upstream's SUMO article). */
export const UNBLOCK_SUPPORT_URL = 'https://support.mozilla.org/kb/accounts-blocked';
