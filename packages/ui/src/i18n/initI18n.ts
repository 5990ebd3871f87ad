import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

/** The languages the apps are translated into. */
export const SUPPORTED_LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** localStorage key remembering the language the user chose. */
export const LANGUAGE_STORAGE_KEY = 'synergia.language';

type Messages = { [key: string]: string | Messages };
/** A JSON module of messages, as `import('./en.json')` gives it. */
export type MessageModule = { default: Messages };
/**
 * An app's own messages, per language, as functions fetching them: each
 * language is its own chunks, so the entry carries none and a user fetches
 * only the language in use (see initI18n).
 */
export type AppMessageLoaders = Record<Language, () => Promise<Messages>>;

// The shared messages, fetched the same way.
const sharedMessages: Record<Language, () => Promise<MessageModule>> = {
  en: () => import('./en.json'),
  fr: () => import('./fr.json'),
  es: () => import('./es.json'),
};
let appMessages: Partial<AppMessageLoaders> = {};
const fetching = new Map<Language, Promise<Messages>>();

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

/** Fetches message modules at once and merges them in order, later ones over earlier ones (an app's feature folders). */
export async function loadMessages(...modules: Promise<MessageModule>[]): Promise<Messages> {
  const loaded = await Promise.all(modules);
  return loaded.reduce<Messages>((all, module) => mergeMessages(all, module.default), {});
}

/** A language's shared messages with the app's own merged over them, fetched once. */
function fetchLanguage(lng: Language): Promise<Messages> {
  let messages = fetching.get(lng);
  if (!messages) {
    messages = Promise.all([sharedMessages[lng](), appMessages[lng]?.()]).then(([shared, own]) => mergeMessages(shared.default, own));
    fetching.set(lng, messages);
  }
  return messages;
}

/** Switches i18next to a language once its messages are there, so no key shows untranslated. */
async function switchLanguage(lng: Language): Promise<unknown> {
  if (!i18next.hasResourceBundle(lng, 'translation')) i18next.addResourceBundle(lng, 'translation', await fetchLanguage(lng));
  return i18next.changeLanguage(lng);
}

function setDocumentLanguage(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

/**
 * Sets up i18next for an app: the shared messages (ui) merged with the app's
 * own, the language from localStorage, then the browser, then English;
 * `<html lang>` follows every change. Only that language's messages are
 * fetched (every language has each key: the messages tests check it);
 * another is fetched when the user switches to it. Await it once before
 * rendering, so the first paint is translated.
 */
export async function initI18n(appMessageLoaders: Partial<AppMessageLoaders> = {}): Promise<I18n> {
  appMessages = appMessageLoaders;
  fetching.clear();
  const lng = storedLanguage() ?? browserLanguage() ?? 'en';
  await i18next.use(initReactI18next).init({
    resources: { [lng]: { translation: await fetchLanguage(lng) } },
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
  return switchLanguage(lng);
}

/** Uses the signed-in user's preferred language unless the user picked one on this device. */
export function applyUserLocale(locale: string | null | undefined): void {
  if (storedLanguage()) return;
  const base = locale?.toLowerCase().split('-')[0];
  if (isLanguage(base) && i18next.isInitialized && i18next.language !== base) void switchLanguage(base);
}
