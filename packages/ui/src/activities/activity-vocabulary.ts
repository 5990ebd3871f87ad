// The words activities are described with (DOMAIN.md "Enumerations"), as the
// GraphQL schema spells them. ui has no codegen: these unions are typed by
// hand and must stay in step with apps/gateway/schema.graphql; they are the
// same string unions the apps' generated types use, so values pass between them.

export const ACTIVITY_TYPES = [
  'AWARENESS_RAISING',
  'BASIC_TRAINING',
  'ADVANCED_TRAINING',
  'ORGANISING_MOBILISING',
  'INDIVIDUAL_SUPPORT',
  'RESEARCH_STUDY',
  'POLITICAL_ACTION',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const ACTIVITY_SUB_TYPES = [
  'LEGAL_AID',
  'HEALTH_CONSULTATION',
  'ACCESS_TO_SOCIAL_PROTECTION',
  'SOLIDARITY_ECONOMY',
  'MOBILISATION',
  'MEETING_DECISION_MAKERS',
  'POSITION_PAPER',
  'DRAFT_LAW',
] as const;
export type ActivitySubType = (typeof ACTIVITY_SUB_TYPES)[number];

/** The sub-types each type takes; the other types take none. */
export const SUB_TYPES_BY_TYPE: Readonly<Partial<Record<ActivityType, readonly ActivitySubType[]>>> = {
  INDIVIDUAL_SUPPORT: ['LEGAL_AID', 'HEALTH_CONSULTATION', 'ACCESS_TO_SOCIAL_PROTECTION', 'SOLIDARITY_ECONOMY'],
  POLITICAL_ACTION: ['MOBILISATION', 'MEETING_DECISION_MAKERS', 'POSITION_PAPER', 'DRAFT_LAW'],
};

/** The sub-types of a type (empty when it takes none). */
export function subTypesOf(type: ActivityType | '' | null | undefined): readonly ActivitySubType[] {
  return (type && SUB_TYPES_BY_TYPE[type]) || [];
}

export const SOCIAL_PROTECTION_BRANCHES = [
  'MEDICAL_CARE',
  'SICKNESS',
  'UNEMPLOYMENT',
  'OLD_AGE',
  'EMPLOYMENT_INJURY',
  'FAMILY',
  'MATERNITY',
  'INVALIDITY',
  'SURVIVORS',
  'GENERAL',
] as const;
export type SocialProtectionBranch = (typeof SOCIAL_PROTECTION_BRANCHES)[number];

export const WORKER_CATEGORIES = ['INFORMAL_ECONOMY', 'FORMAL_ECONOMY', 'UNEMPLOYED', 'RETIRED', 'STUDENT', 'OTHER'] as const;
export type WorkerCategory = (typeof WORKER_CATEGORIES)[number];

export const INFORMAL_SECTORS = [
  'DOMESTIC_WORK',
  'HOME_BASED_WORK',
  'STREET_VENDING',
  'WASTE_PICKING',
  'AGRICULTURE',
  'CONSTRUCTION',
  'TRANSPORT',
  'GARMENT',
  'OTHER',
] as const;
export type InformalSector = (typeof INFORMAL_SECTORS)[number];

export const WORK_STATUSES = ['PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

export const SEXES = ['WOMEN', 'MEN', 'OTHER', 'NOT_RECORDED'] as const;
export type Sex = (typeof SEXES)[number];

/** 0 not targeted, 1 significant, 2 principal. */
export const GENDER_MARKER_SCORES = [0, 1, 2] as const;
export type GenderMarkerScore = (typeof GENDER_MARKER_SCORES)[number];

export const ACTIVITY_ORDER_FIELDS = ['START_DATE', 'TITLE', 'PARTICIPANTS', 'UPDATED_AT'] as const;
export type ActivityOrderField = (typeof ACTIVITY_ORDER_FIELDS)[number];
export type OrderDirection = 'ASC' | 'DESC';
export type ActivityOrder = { field: ActivityOrderField; direction: OrderDirection };

/** Whether `value` is one of `values` (narrows an unknown string to the union). */
export function isOneOf<T extends string | number>(values: readonly T[], value: unknown): value is T {
  return (values as readonly unknown[]).includes(value);
}
