import type { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, useFieldIds, type FieldBaseProps } from './Field.tsx';

type NativeSelect = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'required' | 'className' | 'multiple'>;

export type SelectOption = { value: string; label: string; disabled?: boolean };
/** Options shown under a heading (`<optgroup>`). */
export type SelectOptionGroup = { label: string; options: readonly SelectOption[] };

export type SelectFieldProps = FieldBaseProps &
  NativeSelect & {
    value: string;
    onChange: (value: string) => void;
    options?: readonly SelectOption[];
    /** Grouped options, listed after `options`. */
    groups?: readonly SelectOptionGroup[];
    /** Text of an empty first option (value ""); default "Choose…". Pass null for no empty option. */
    placeholder?: string | null;
  };

/** A labelled native select. */
export function SelectField({
  label,
  error,
  hint,
  required,
  className,
  value,
  onChange,
  options = [],
  groups = [],
  placeholder,
  id,
  ...rest
}: SelectFieldProps) {
  const { t } = useTranslation();
  const ids = useFieldIds(id, Boolean(hint), Boolean(error));
  return (
    <Field label={label} error={error} hint={hint} required={required ?? false} className={className} ids={ids}>
      <select
        {...rest}
        id={ids.inputId}
        className="field__control field__control--select"
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(e) => onChange(e.target.value)}
      >
        {placeholder === null ? null : <option value="">{placeholder ?? t('form.choose')}</option>}
        {options.map(renderOption)}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map(renderOption)}
          </optgroup>
        ))}
      </select>
    </Field>
  );
}

function renderOption(option: SelectOption) {
  return (
    <option key={option.value} value={option.value} disabled={option.disabled}>
      {option.label}
    </option>
  );
}
