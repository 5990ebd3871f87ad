import { COUNTRY_CODES, countryName } from '@synergia/ui';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ASIA_COUNTRY_CODES } from '../countries/asia.ts';

export type CountrySelectFieldProps = {
  label: string;
  value: string;
  onChange(code: string): void;
  error?: string | null | undefined;
  required?: boolean;
  id?: string;
};

/**
 * A country select (ISO 3166-1 alpha-2) with names in the user's language,
 * Asia's countries first in their own group. Same markup as ui's fields;
 * written here because ui's SelectField has no option groups.
 */
export function CountrySelectField({ label, value, onChange, error, required, id }: CountrySelectFieldProps) {
  const { t, i18n } = useTranslation();
  const generated = useId();
  const inputId = id ?? `country${generated.replace(/:/g, '')}`;
  const errorId = `${inputId}-error`;
  const locale = i18n.language;

  const { asia, rest } = useMemo(() => {
    const collator = new Intl.Collator(locale);
    const all = COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
    return { asia: all.filter((c) => ASIA_COUNTRY_CODES.has(c.code)), rest: all.filter((c) => !ASIA_COUNTRY_CODES.has(c.code)) };
  }, [locale]);

  return (
    <div className={['field', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={inputId}>
        {label}
        {required ? (
          <span className="field__required" aria-hidden="true" title={t('common.required')}>
            {' *'}
          </span>
        ) : null}
      </label>
      <select
        id={inputId}
        className="field__control field__control--select"
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('form.choose')}</option>
        <optgroup label={t('continental.countries.asia')}>
          {asia.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('continental.countries.other')}>
          {rest.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </optgroup>
      </select>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
