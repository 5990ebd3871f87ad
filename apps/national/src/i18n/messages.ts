import { loadMessages, type AppMessageLoaders } from '@synergia/ui';

/**
 * The national app's own messages (capacity building in a folder of its own), merged over the shared ones from
 * @synergia/ui; each language is fetched only when it is used.
 */
export const nationalMessages: AppMessageLoaders = {
  en: () => loadMessages(import('./en.json'), import('./missions/en.json')),
  fr: () => loadMessages(import('./fr.json'), import('./missions/fr.json')),
  es: () => loadMessages(import('./es.json'), import('./missions/es.json')),
};
