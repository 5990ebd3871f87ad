import { useTranslation } from 'react-i18next';
import { regionalLocale } from '@synergia/ui';

/** The locale for Intl formatting: the UI language, in the browser's regional variant when it has one. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  return regionalLocale(i18n.resolvedLanguage ?? i18n.language ?? 'en');
}
