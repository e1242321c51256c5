import { Localized } from '@fluent/react';
import { type InputHTMLAttributes, type ReactNode, type Ref, useId } from 'react';

type FieldProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'aria-describedby' | 'aria-invalid'
> & {
  /** The label's Fluent id and its English fallback. */
  label: { l10nId: string; fallback: string };
  invalid?: boolean;
  ref?: Ref<HTMLInputElement>;
  /**
   * What describes the input (an error, the rules), shown under it: given the id it must carry;
   * the input is described by it only while there is something to show.
   */
  note?: ((id: string) => ReactNode) | null | false;
};

/**
 * One form field: the label around its input (so the input's accessible name is the label), and
 * under it the note that describes it (aria-describedby), with aria-invalid while it is wrong.
 */
export function Field({ label, invalid, note, ...input }: FieldProps) {
  const noteId = useId();
  const shown = note ? note(noteId) : null;
  return (
    <>
      <label className="field">
        <Localized id={label.l10nId}>
          <span>{label.fallback}</span>
        </Localized>
        <input
          {...input}
          aria-invalid={invalid || undefined}
          aria-describedby={shown ? noteId : undefined}
        />
      </label>
      {shown}
    </>
  );
}
