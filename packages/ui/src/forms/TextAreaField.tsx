import type { TextareaHTMLAttributes } from 'react';
import { Field, useFieldIds, type FieldBaseProps } from './Field.tsx';

type NativeTextArea = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'required' | 'className'>;

export type TextAreaFieldProps = FieldBaseProps &
  NativeTextArea & {
    value: string;
    onChange: (value: string) => void;
  };

/** A labelled multi-line text input with hint and error. */
export function TextAreaField({ label, error, hint, required, className, value, onChange, id, rows = 4, ...rest }: TextAreaFieldProps) {
  const ids = useFieldIds(id, Boolean(hint), Boolean(error));
  return (
    <Field label={label} error={error} hint={hint} required={required ?? false} className={className} ids={ids}>
      <textarea
        {...rest}
        id={ids.inputId}
        rows={rows}
        className="field__control field__control--textarea"
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}
