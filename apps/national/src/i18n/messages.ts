import { mergeMessages, type AppResources } from '@synergia/ui';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import missionsEn from './missions/en.json';
import missionsEs from './missions/es.json';
import missionsFr from './missions/fr.json';

/** The national app's own messages (capacity building in a folder of its own), merged over the shared ones from @synergia/ui. */
export const nationalMessages: AppResources = {
  en: mergeMessages(en, missionsEn),
  fr: mergeMessages(fr, missionsFr),
  es: mergeMessages(es, missionsEs),
};
