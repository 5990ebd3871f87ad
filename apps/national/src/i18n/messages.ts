import type { AppResources } from '@synergia/ui';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';

/** The national app's own messages, merged over the shared ones from @synergia/ui. */
export const nationalMessages: AppResources = { en, fr, es };
