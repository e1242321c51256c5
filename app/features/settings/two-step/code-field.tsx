import { Localized } from '@fluent/react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Field } from '../../../components/field';
import { FormActions } from '../../../components/form-actions';
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
      <Field
        label={{ l10nId: copy.labelId, fallback: copy.label }}
        name="code"
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        inputMode={copy.numeric ? 'numeric' : 'text'}
        maxLength={copy.maxLength}
        value={code}
        invalid={Boolean(error)}
        note={
          known
            ? (id) => (
                <Localized id={known.l10nId}>
                  <p className="error-text" role="alert" id={id}>
                    {known.fallback}
                  </p>
                </Localized>
              )
            : error
              ? (id) => <ErrorText error={error} id={id} />
              : null
        }
        onChange={(e) => setCode(e.target.value)}
      />
      <FormActions submit={{ l10nId: submitId, fallback: submit }} disabled={busy}>
        {children}
      </FormActions>
    </form>
  );
}
