import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

/** Whether `code` is an assigned ISO 3166-1 alpha-2 code (upper case). */
export const isCountryCode = (code: string): boolean => /^[A-Z]{2}$/.test(code) && countries.isValid(code);

/** The English short name of an ISO 3166-1 alpha-2 country code. */
export const countryName = (code: string): string => countries.getName(code, 'en', { select: 'official' }) ?? code;

/** Country codes whose English name contains `text` (case-insensitive), for searching by country name. */
export function countryCodesMatching(text: string): string[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return [];
  return Object.entries(countries.getNames('en', { select: 'official' }))
    .filter(([code, name]) => name.toLowerCase().includes(needle) || code.toLowerCase() === needle)
    .map(([code]) => code);
}
