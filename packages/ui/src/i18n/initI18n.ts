import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';

/** The languages the apps are translated into. */
export const SUPPORTED_LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** localStorage key remembering the language the user chose. */
export const LANGUAGE_STORAGE_KEY = 'synergia.language';

type Messages = { [key: string]: string | Messages };
/** An app's own messages per language, merged over the shared ones. */
export type AppResources = Partial<Record<Language, Messages>>;

export function isLanguage(value: string | null | undefined): value is Language {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(value ?? '');
}

function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function browserLanguage(): Language | null {
  if (typeof navigator === 'undefined') return null;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return null;
}

/** Deep-merges `over` onto `base` without changing either. */
export function mergeMessages(base: Messages, over: Messages | undefined): Messages {
  if (!over) return base;
  const out: Messages = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? mergeMessages(current, value) : value;
  }
  return out;
}

function setDocumentLanguage(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

/**
 * Sets up i18next for an app: the shared messages (ui) merged with the app's
 * own, English as fallback, the language from localStorage, then the browser,
 * then English; `<html lang>` follows every change. Call once before render.
 */
export function initI18n(appResources: AppResources = {}): I18n {
  const shared: Record<Language, Messages> = { en, fr, es };
  const resources = Object.fromEntries(
    SUPPORTED_LANGUAGES.map((lng) => [lng, { translation: mergeMessages(shared[lng], appResources[lng]) }]),
  );
  const lng = storedLanguage() ?? browserLanguage() ?? 'en';
  void i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    supportedLngs: [...SUPPORTED_LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  setDocumentLanguage(lng);
  i18next.on('languageChanged', setDocumentLanguage);
  return i18next;
}

/** Switches the language and remembers the choice. */
export function changeLanguage(lng: Language): Promise<unknown> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // Not remembered; still switched for this page.
  }
  return i18next.changeLanguage(lng);
}

/** Uses the signed-in user's preferred language unless the user picked one on this device. */
export function applyUserLocale(locale: string | null | undefined): void {
  if (storedLanguage()) return;
  const base = locale?.toLowerCase().split('-')[0];
  if (isLanguage(base) && i18next.isInitialized && i18next.language !== base) void i18next.changeLanguage(base);
}
