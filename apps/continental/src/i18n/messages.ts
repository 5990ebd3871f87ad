import { loadMessages, type AppMessageLoaders } from '@synergia/ui';

/**
 * The continental app's own messages, merged over the shared ones from @synergia/ui; each capacity-building feature
 * keeps its messages in a folder of its own. Each language is fetched only when it is used.
 */
export const continentalMessages: AppMessageLoaders = {
  en: () => loadMessages(import('./en.json'), import('./missions/en.json'), import('./reviews/en.json'), import('./capacity/en.json')),
  fr: () => loadMessages(import('./fr.json'), import('./missions/fr.json'), import('./reviews/fr.json'), import('./capacity/fr.json')),
  es: () => loadMessages(import('./es.json'), import('./missions/es.json'), import('./reviews/es.json'), import('./capacity/es.json')),
};
