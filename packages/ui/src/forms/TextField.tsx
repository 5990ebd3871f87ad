import type { InputHTMLAttributes } from 'react';
import { Field, useFieldIds, type FieldBaseProps } from './Field.tsx';

type NativeInput = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'required' | 'className'>;

export type TextFieldProps = FieldBaseProps &
  NativeInput & {
    value: string;
    onChange: (value: string) => void;
    /** text (default), email, password, url, tel or search. */
    type?: 'text' | 'email' | 'password' | 'url' | 'tel' | 'search';
  };

/** A labelled text input with hint and error. */
export function TextField({ label, error, hint, required, className, value, onChange, type = 'text', id, ...rest }: TextFieldProps) {
  const ids = useFieldIds(id, Boolean(hint), Boolean(error));
  return (
    <Field label={label} error={error} hint={hint} required={required ?? false} className={className} ids={ids}>
      <input
        {...rest}
        id={ids.inputId}
        className="field__control"
        type={type}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}
