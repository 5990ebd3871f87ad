import { subTypesOf as subTypesByType, type ActivityOrder, type ActivitySubType, type ActivityType } from '@synergia/domain/rules';

// The words activities are described with (DOMAIN.md "Enumerations"): the
// domain's lists, under the names the apps use. The GraphQL schema spells its
// enums the same, so these unions are the ones the apps' generated types use
// and values pass between them.

export {
  activityTypes as ACTIVITY_TYPES,
  activitySubTypes as ACTIVITY_SUB_TYPES,
  subTypesOf as SUB_TYPES_BY_TYPE,
  socialProtectionBranches as SOCIAL_PROTECTION_BRANCHES,
  workerCategories as WORKER_CATEGORIES,
  informalSectors as INFORMAL_SECTORS,
  workStatuses as WORK_STATUSES,
  sexes as SEXES,
  genderMarkerScores as GENDER_MARKER_SCORES,
  activityOrderFields as ACTIVITY_ORDER_FIELDS,
  type ActivityType,
  type ActivitySubType,
  type SocialProtectionBranch,
  type WorkerCategory,
  type InformalSector,
  type WorkStatus,
  type Sex,
  type GenderMarkerScore,
  type ActivityOrderField,
  type ActivityOrder,
} from '@synergia/domain/rules';

export type OrderDirection = ActivityOrder['direction'];

/** The sub-types of a type (empty when it takes none). */
export function subTypesOf(type: ActivityType | '' | null | undefined): readonly ActivitySubType[] {
  return (type && subTypesByType[type]) || [];
}

/** Whether `value` is one of `values` (narrows an unknown string to the union). */
export function isOneOf<T extends string | number>(values: readonly T[], value: unknown): value is T {
  return (values as readonly unknown[]).includes(value);
}
