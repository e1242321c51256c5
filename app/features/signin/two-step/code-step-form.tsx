import { Localized } from '@fluent/react';
import { type FormEvent, useState } from 'react';
import type { ShownError } from '../error-message';
import { StepSubmit } from '../step-submit';

type Text = { id: string; text: string };

type Props = {
  label: Text;
  input: { inputMode: 'numeric' | 'text'; pattern: string; maxLength: number };
  /** The error's element id, which the field names in aria-describedby. */
  errorId: string;
  submit: Text;
  busyText: Text;
  /** A quick local check of the trimmed code: the error to show instead of asking the server. */
  validate: (code: string) => ShownError | null;
  /** Asks the server: null once the code is taken (the page goes on), else the error to show. */
  check: (code: string) => Promise<ShownError | null>;
  /** What a failed check means: the error to show, or null when the page has left. */
  explain: (error: unknown) => Promise<ShownError | null>;
};

/**
 * The one code field of a second step (an authenticator or backup code), for sign-in
 * (/signin_totp_code, /signin_recovery_code) and for a reset (/confirm_totp_reset_password,
 * /confirm_backup_code_reset_password): the pages differ in what they check, not in the form or
 * in how a submission goes (local check, then the server, errors shown beside the field).
 */
export function CodeStepForm(p: Props) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  // The button stays busy once the code is taken or the page has left: nothing more to do here.
  const refused = (shown: ShownError | null) => {
    if (!shown) return;
    setError(shown);
    setBusy(false);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const value = code.trim();
    setError(null);
    const invalid = p.validate(value);
    if (invalid) return setError(invalid);
    setBusy(true);
    try {
      refused(await p.check(value));
    } catch (e) {
      refused(await p.explain(e));
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
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
          value={code}
          aria-invalid={error !== null || undefined}
          aria-describedby={error !== null ? p.errorId : undefined}
          onChange={(e) => setCode(e.target.value)}
        />
      </label>
      <StepSubmit
        error={error}
        errorId={p.errorId}
        busy={busy}
        label={p.submit}
        busyLabel={p.busyText}
      />
    </form>
  );
}
