import type { InputHTMLAttributes } from 'react';
import { Field, useFieldIds, type FieldBaseProps } from './Field.tsx';

type NativeInput = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'required' | 'className'>;

export type NumberFieldProps = FieldBaseProps &
  NativeInput & {
    /** The number, or null when empty. */
    value: number | null;
    onChange: (value: number | null) => void;
  };

/** A labelled number input; empty means null. */
export function NumberField({ label, error, hint, required, className, value, onChange, id, ...rest }: NumberFieldProps) {
  const ids = useFieldIds(id, Boolean(hint), Boolean(error));
  return (
    <Field label={label} error={error} hint={hint} required={required ?? false} className={className} ids={ids}>
      <input
        inputMode="numeric"
        {...rest}
        id={ids.inputId}
        className="field__control field__control--number"
        type="number"
        value={value ?? ''}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(e) => {
          const raw = e.target.value;
          const parsed = raw === '' ? null : Number(raw);
          onChange(parsed === null || Number.isNaN(parsed) ? null : parsed);
        }}
      />
    </Field>
  );
}
