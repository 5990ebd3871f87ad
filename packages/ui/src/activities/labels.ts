import type { ActivitySubType, ActivityType } from './activity-vocabulary.ts';

// Message keys of the activity vocabulary (ui's i18n files, under
// `activities.enums.<GraphQLEnum>.<VALUE>`), so both apps name things alike.

/** The `t` of react-i18next, as far as these helpers use it. */
type Translate = (key: string, options?: Record<string, string>) => string;

export type ActivityEnumName =
  | 'ActivityType'
  | 'ActivitySubType'
  | 'SocialProtectionBranch'
  | 'WorkerCategory'
  | 'InformalSector'
  | 'WorkStatus'
  | 'GenderCriterion'
  | 'GenderMarkerScore';

/** The message key of one enum value, e.g. `activities.enums.WorkStatus.PLANNED`. */
export function activityEnumKey(name: ActivityEnumName, value: string | number): string {
  return `activities.enums.${name}.${value}`;
}

/** "Individual support: legal aid", or just the type when it has no sub-type. */
export function activityTypeLabel(t: Translate, type: ActivityType, subType?: ActivitySubType | null): string {
  const typeLabel = t(activityEnumKey('ActivityType', type));
  return subType ? t('activities.typeWithSubType', { type: typeLabel, subType: t(activityEnumKey('ActivitySubType', subType)) }) : typeLabel;
}
