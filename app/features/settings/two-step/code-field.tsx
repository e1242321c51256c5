import { Localized } from '@fluent/react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { isAuthServerError } from '../../../lib/auth-client/errors';
import { ErrorText } from '../error-text';

// One code to type and submit (the authenticator's code, a backup code to prove it was saved),
// with the errors of these steps: the ones the step names, else the settings' usual words.

export type FieldCopy = { labelId: string; label: string; numeric: boolean; maxLength: number };
export type Known = { l10nId: string; fallback: string };

export function CodeForm({
  copy,
  submitId,
  submit,
  onSubmit,
  knownErrors,
  busy,
  error,
  children,
}: {
  copy: FieldCopy;
  submitId: string;
  submit: string;
  onSubmit: (code: string) => void;
  /** errno → what to say; a local mistake (`'local'`) is said the same way. */
  knownErrors: Record<number | 'local', Known>;
  busy: boolean;
  error: unknown;
  children?: ReactNode;
}) {
  const [code, setCode] = useState('');
  const known =
    error === 'local'
      ? knownErrors.local
      : isAuthServerError(error)
        ? knownErrors[error.errno]
        : undefined;
  const send = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) onSubmit(code.trim());
  };
  return (
    <form onSubmit={send} noValidate>
      <label className="field">
        <Localized id={copy.labelId}>
          <span>{copy.label}</span>
        </Localized>
        <input
          name="code"
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          inputMode={copy.numeric ? 'numeric' : 'text'}
          maxLength={copy.maxLength}
          value={code}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'two-step-error' : undefined}
          onChange={(e) => setCode(e.target.value)}
        />
      </label>
      {known ? (
        <Localized id={known.l10nId}>
          <p className="error-text" role="alert" id="two-step-error">
            {known.fallback}
          </p>
        </Localized>
      ) : error ? (
        <ErrorText error={error} id="two-step-error" />
      ) : null}
      <div className="settings-actions">
        <button type="submit" className="button primary" disabled={busy}>
          <Localized id={submitId}>
            <span>{submit}</span>
          </Localized>
        </button>
        {children}
      </div>
    </form>
  );
}
