import { useTranslation } from 'react-i18next';
import { RATING_VALUES } from './review-form.ts';

export type RatingRadioGroupProps = {
  /** Prefix of the radios' ids (`<id>-<value>`); the error is `<id>-error`. */
  id: string;
  legend: string;
  hint: string;
  value: number | null;
  onChange(value: number | null): void;
  /** The message under the legend; marks the radios `aria-invalid`. */
  error?: string | null | undefined;
};

/**
 * One rating, 1 to 5, as a group of labelled radio buttons (arrow keys move
 * between them); "Not rated" clears it. The hint and error are tied to every radio.
 */
export function RatingRadioGroup({ id, legend, hint, value, onChange, error }: RatingRadioGroupProps) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(' ');
  const choices: { value: number | null; key: string; label: string }[] = [
    ...RATING_VALUES.map((v) => ({ value: v, key: String(v), label: t(`continental.reviews.form.scale.${v}`) })),
    { value: null, key: 'none', label: t('continental.reviews.form.notRated') },
  ];
  return (
    <fieldset id={id} className={error ? 'fieldset--invalid' : undefined}>
      <legend>{legend}</legend>
      <p className="field__hint" id={hintId}>
        {hint}
      </p>
      {error ? (
        <p className="field__error fieldset__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="radio-group">
        {choices.map((choice) => (
          <label key={choice.key} className="radio">
            <input
              type="radio"
              id={`${id}-${choice.key}`}
              name={id}
              value={choice.key}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
