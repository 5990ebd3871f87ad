import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type CheckboxOption<Value extends string> = { value: Value; label: ReactNode };

export type CheckboxGroupProps<Value extends string> = {
  /** Prefix of the checkboxes' ids (`<id>-<value>`); the error is `<id>-error`. */
  id: string;
  legend: string;
  hint?: ReactNode;
  options: readonly CheckboxOption<Value>[];
  values: readonly Value[];
  onChange: (values: Value[]) => void;
  /** The message under the legend; marks the checkboxes `aria-invalid`. */
  error?: string | null | undefined;
  required?: boolean;
  /** One option per line instead of columns. */
  stacked?: boolean;
};

/**
 * A set of checkboxes in a fieldset: the legend names the question, the hint
 * and error are tied to every checkbox, and the chosen values keep the order
 * of the options.
 */
export function CheckboxGroup<Value extends string>({
  id,
  legend,
  hint,
  options,
  values,
  onChange,
  error,
  required = false,
  stacked = false,
}: CheckboxGroupProps<Value>) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const toggle = (value: Value, checked: boolean) =>
    onChange(options.map((o) => o.value).filter((v) => (v === value ? checked : values.includes(v))));
  return (
    <fieldset id={id} className={error ? 'fieldset--invalid' : undefined}>
      <legend>
        {legend}
        {required ? (
          <span className="field__required" aria-hidden="true" title={t('common.required')}>
            {' *'}
          </span>
        ) : null}
      </legend>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error fieldset__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <ul className={stacked ? 'checkbox-list checkbox-list--stacked' : 'checkbox-list'}>
        {options.map((option) => (
          <li key={option.value}>
            <label className="checkbox">
              <input
                type="checkbox"
                id={`${id}-${option.value}`}
                checked={values.includes(option.value)}
                onChange={(e) => toggle(option.value, e.target.checked)}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
              />
              <span>{option.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
