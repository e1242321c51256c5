import { Localized } from '@fluent/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** Words on a button or link: the Fluent id and its English fallback. */
export type Copy = { l10nId: string; fallback: string };
/** Where Cancel goes back to (nothing changed), and how it is said. */
export type Cancel = Copy & { to: string };

/**
 * A form's submit button, any other actions (`children`), and its Cancel link. The button is
 * disabled while there is nothing to send or a request is under way (`disabled`).
 */
export function FormActions({
  submit,
  disabled,
  danger,
  cancel,
  children,
}: {
  submit: Copy;
  disabled?: boolean;
  /** The action cannot be undone (delete): the button says so by its colour. */
  danger?: boolean;
  cancel?: Cancel;
  children?: ReactNode;
}) {
  return (
    <div className="settings-actions">
      <button
        type="submit"
        className={danger ? 'button danger' : 'button primary'}
        disabled={disabled}
      >
        <Localized id={submit.l10nId}>
          <span>{submit.fallback}</span>
        </Localized>
      </button>
      {children}
      {cancel ? <CancelLink cancel={cancel} /> : null}
    </div>
  );
}

/** "Cancel": a link back, nothing changed. */
export function CancelLink({ cancel }: { cancel: Cancel }) {
  return (
    <Link to={cancel.to} className="button">
      <Localized id={cancel.l10nId}>
        <span>{cancel.fallback}</span>
      </Localized>
    </Link>
  );
}
