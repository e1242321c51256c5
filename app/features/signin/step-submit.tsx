import { Localized } from '@fluent/react';
import type { ReactNode } from 'react';
import { ErrorMessage, type ShownError } from './error-message';

type Label = { id: string; text: string; vars?: Record<string, string> };

type StepSubmitProps = {
  error: ShownError | null;
  /** The error's element id, which a field names in aria-describedby. */
  errorId?: string;
  busy: boolean;
  /** A throttled step's wait (429): the button waits with it. */
  waiting?: boolean;
  label: Label;
  busyLabel: Label;
  /** A one-click step (no form): the button does this instead of submitting. */
  onClick?: () => void;
  /** Between the error and the button: the countdown of a throttled step (RetryCountdown). */
  children?: ReactNode;
};

/**
 * The end of a sign-in step: what went wrong, and the one button, which says it is working while
 * the step runs. Not used by the pages of a first visit (email-first, /signin): a shared chunk of
 * its own would cost them more than their few repeated lines.
 */
export function StepSubmit(p: StepSubmitProps) {
  const shown = p.busy ? p.busyLabel : p.label;
  return (
    <>
      {p.error !== null && <ErrorMessage error={p.error} id={p.errorId} />}
      {p.children}
      <button
        type={p.onClick ? 'button' : 'submit'}
        className="button primary signin-wide"
        disabled={p.busy || p.waiting}
        onClick={p.onClick}
      >
        <Localized id={shown.id} vars={shown.vars}>
          <span>{shown.text}</span>
        </Localized>
      </button>
    </>
  );
}
