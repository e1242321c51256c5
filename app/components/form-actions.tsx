import { Localized } from '@fluent/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * A form's submit button, any other actions (`children`), and its Cancel link. The button is
 * disabled while there is nothing to send or a request is under way (`disabled`).
 */
export function FormActions({
  submit,
  disabled,
  danger,
  cancelTo,
  children,
}: {
  /** The submit button's Fluent id and its English fallback. */
  submit: { l10nId: string; fallback: string };
  disabled?: boolean;
  /** The action cannot be undone (delete): the button says so by its colour. */
  danger?: boolean;
  cancelTo: string;
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
      <CancelLink to={cancelTo} />
    </div>
  );
}

/** "Cancel": back to `to`, nothing changed. */
export function CancelLink({ to }: { to: string }) {
  return (
    <Link to={to} className="button">
      <Localized id="settings-cancel">
        <span>Cancel</span>
      </Localized>
    </Link>
  );
}
