import { Localized } from '@fluent/react';
import { shownError } from './settings-errors';
import { StepUpCancelled } from './step-up/cancelled';

/** A failed request, said in words (role="alert", so it is announced when it appears). */
export function ErrorText({ error, id }: { error: unknown; id?: string }) {
  // Closing the step-up dialog is the user's choice, not a failure to report.
  if (error instanceof StepUpCancelled) return null;
  const shown = shownError(error);
  return (
    <Localized id={shown.l10nId}>
      <p className="error-text" role="alert" id={id}>
        {shown.fallback}
      </p>
    </Localized>
  );
}
