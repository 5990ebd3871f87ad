import { COUNTRY_CODES, countryName, SelectField } from '@synergia/ui';
import { useMemo } from 'react';
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
 * Asia's countries first in their own group.
 */
export function CountrySelectField(props: CountrySelectFieldProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;

  const groups = useMemo(() => {
    const collator = new Intl.Collator(locale);
    const all = COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
    return [
      { label: t('continental.countries.asia'), options: all.filter((c) => ASIA_COUNTRY_CODES.has(c.value)) },
      { label: t('continental.countries.other'), options: all.filter((c) => !ASIA_COUNTRY_CODES.has(c.value)) },
    ];
  }, [locale, t]);

  return <SelectField {...props} groups={groups} />;
}
