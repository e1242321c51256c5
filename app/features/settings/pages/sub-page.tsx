import { Localized } from '@fluent/react';
import type { ReactNode } from 'react';

/** The frame of a settings sub-page: a card with its heading, the form, and the way back. */
export function SubPage({
  headingId,
  heading,
  children,
}: {
  headingId: string;
  heading: string;
  children: ReactNode;
}) {
  return (
    <section className="card settings-subpage" aria-labelledby="subpage-heading">
      <Localized id={headingId}>
        <h1 id="subpage-heading">{heading}</h1>
      </Localized>
      {children}
    </section>
  );
}

/** The sub-pages' Save, and their Cancel back to /settings. */
export const SAVE = { l10nId: 'settings-save', fallback: 'Save' };
export const CANCEL = { to: '/settings', l10nId: 'settings-cancel', fallback: 'Cancel' };
