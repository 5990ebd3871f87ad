import { mergeMessages, SUPPORTED_LANGUAGES, type AppResources, type Language } from '@synergia/ui';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import missionsEn from './missions/en.json';
import missionsEs from './missions/es.json';
import missionsFr from './missions/fr.json';
import reviewsEn from './reviews/en.json';
import reviewsEs from './reviews/es.json';
import reviewsFr from './reviews/fr.json';
import capacityEn from './capacity/en.json';
import capacityEs from './capacity/es.json';
import capacityFr from './capacity/fr.json';

/** Each capacity-building feature keeps its messages in a folder of its own, merged over the app's. */
const byFeature: Record<Language, object[]> = {
  en: [en, missionsEn, reviewsEn, capacityEn],
  fr: [fr, missionsFr, reviewsFr, capacityFr],
  es: [es, missionsEs, reviewsEs, capacityEs],
};

type Messages = Parameters<typeof mergeMessages>[0];

/** The continental app's own messages, merged over the shared ones from @synergia/ui. */
export const continentalMessages: AppResources = Object.fromEntries(
  SUPPORTED_LANGUAGES.map((lng) => [lng, byFeature[lng].reduce<Messages>((all, part) => mergeMessages(all, part as Messages), {})]),
);
