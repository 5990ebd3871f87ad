import { SelectField, isOneOf, type SelectFieldProps } from '@synergia/ui';

export type EnumSelectFieldProps<T extends string> = Omit<SelectFieldProps, 'value' | 'onChange' | 'options'> & {
  value: T | '';
  /** The values to choose from, in order. */
  choices: readonly T[];
  /** A value's label in the user's language. */
  labelOf: (value: T) => string;
  /** The value chosen, or "" for none (the empty option). */
  onChange: (value: T | '') => void;
};

/** A select of one of a vocabulary's values, typed as that vocabulary. */
export function EnumSelectField<T extends string>({ choices, labelOf, onChange, ...rest }: EnumSelectFieldProps<T>) {
  return <SelectField {...rest} onChange={(v) => onChange(isOneOf(choices, v) ? v : '')} options={choices.map((value) => ({ value, label: labelOf(value) }))} />;
}
