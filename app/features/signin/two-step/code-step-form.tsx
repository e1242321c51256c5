import { Localized } from '@fluent/react';
import type { FormEvent } from 'react';
import { ErrorMessage, type ShownError } from '../error-message';

type Text = { id: string; text: string };

type Props = {
  label: Text;
  input: { inputMode: 'numeric' | 'text'; pattern: string; maxLength: number };
  code: string;
  onCode: (code: string) => void;
  error: ShownError | null;
  /** The error's element id, which the field names in aria-describedby. */
  errorId: string;
  busy: boolean;
  submit: Text;
  busyText: Text;
  onSubmit: (event: FormEvent) => void;
};

/**
 * The one code field of a second step (an authenticator or backup code), for sign-in
 * (/signin_totp_code, /signin_recovery_code) and for a reset (/confirm_totp_reset_password,
 * /confirm_backup_code_reset_password): the pages differ in what they check, not in the form.
 */
export function CodeStepForm(p: Props) {
  return (
    <form onSubmit={p.onSubmit} noValidate>
      <label className="field">
        <Localized id={p.label.id}>
          <span>{p.label.text}</span>
        </Localized>
        <input
          type="text"
          name="code"
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          inputMode={p.input.inputMode}
          pattern={p.input.pattern}
          maxLength={p.input.maxLength}
          required
          // biome-ignore lint/a11y/noAutofocus: the code is the one thing this step asks for
          autoFocus
          value={p.code}
          aria-invalid={p.error !== null || undefined}
          aria-describedby={p.error !== null ? p.errorId : undefined}
          onChange={(e) => p.onCode(e.target.value)}
        />
      </label>
      {p.error !== null && <ErrorMessage error={p.error} id={p.errorId} />}
      <button type="submit" className="button primary signin-wide" disabled={p.busy}>
        {p.busy ? (
          <Localized id={p.busyText.id}>
            <span>{p.busyText.text}</span>
          </Localized>
        ) : (
          <Localized id={p.submit.id}>
            <span>{p.submit.text}</span>
          </Localized>
        )}
      </button>
    </form>
  );
}
