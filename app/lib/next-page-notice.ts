// A one-shot message for the page a flow ends on, e.g. "Your password has been reset" when the
// reset flow (sign-in feature) lands on /settings, whose alert bar shows it. Kept in memory: a
// reload drops it, as upstream's alert after a navigation.

export type PageNotice = { l10nId: string; fallback: string };

let pending: PageNotice | null = null;

export function setNextPageNotice(notice: PageNotice | null): void {
  pending = notice;
}

/** The notice, once: the page that shows it takes it. */
export function takeNextPageNotice(): PageNotice | null {
  const notice = pending;
  pending = null;
  return notice;
}
