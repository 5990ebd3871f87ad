import type { InputHTMLAttributes } from 'react';
import { Field, useFieldIds, type FieldBaseProps } from './Field.tsx';

type NativeInput = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'required' | 'className'>;

export type DateFieldProps = FieldBaseProps &
  NativeInput & {
    /** The date as YYYY-MM-DD, or "" when empty. */
    value: string;
    onChange: (value: string) => void;
  };

/** A labelled date input (value in ISO 8601, YYYY-MM-DD). */
export function DateField({ label, error, hint, required, className, value, onChange, id, ...rest }: DateFieldProps) {
  const ids = useFieldIds(id, Boolean(hint), Boolean(error));
  return (
    <Field label={label} error={error} hint={hint} required={required ?? false} className={className} ids={ids}>
      <input
        {...rest}
        id={ids.inputId}
        className="field__control field__control--date"
        type="date"
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}
