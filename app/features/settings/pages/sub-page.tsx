import { Localized } from '@fluent/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

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

/** "Cancel": back to /settings, nothing changed. */
export function CancelLink() {
  return (
    <Link to="/settings" className="button">
      <Localized id="settings-cancel">
        <span>Cancel</span>
      </Localized>
    </Link>
  );
}
