import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage, SUPPORTED_LANGUAGES } from '../i18n/initI18n.ts';

/** A compact select to switch between English, French and Spanish. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = `lang${useId().replace(/:/g, '')}`;
  const current = SUPPORTED_LANGUAGES.find((l) => i18n.language?.startsWith(l)) ?? 'en';
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('shell.language')}</label>
      <select
        id={id}
        value={current}
        onChange={(e) => {
          if (isLanguage(e.target.value)) void changeLanguage(e.target.value);
        }}
      >
        {SUPPORTED_LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {t(`languages.${lng}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
