/** DOMAIN.md "Enumerations": the words activities are described with. */

export const activityTypes = [
  'AWARENESS_RAISING',
  'BASIC_TRAINING',
  'ADVANCED_TRAINING',
  'ORGANISING_MOBILISING',
  'INDIVIDUAL_SUPPORT',
  'RESEARCH_STUDY',
  'POLITICAL_ACTION',
] as const;
export type ActivityType = (typeof activityTypes)[number];

export const activitySubTypes = [
  'LEGAL_AID',
  'HEALTH_CONSULTATION',
  'ACCESS_TO_SOCIAL_PROTECTION',
  'SOLIDARITY_ECONOMY',
  'MOBILISATION',
  'MEETING_DECISION_MAKERS',
  'POSITION_PAPER',
  'DRAFT_LAW',
] as const;
export type ActivitySubType = (typeof activitySubTypes)[number];

/** Which sub-types each type takes; types not listed take none. */
export const subTypesOf: Readonly<Partial<Record<ActivityType, readonly ActivitySubType[]>>> = {
  INDIVIDUAL_SUPPORT: ['LEGAL_AID', 'HEALTH_CONSULTATION', 'ACCESS_TO_SOCIAL_PROTECTION', 'SOLIDARITY_ECONOMY'],
  POLITICAL_ACTION: ['MOBILISATION', 'MEETING_DECISION_MAKERS', 'POSITION_PAPER', 'DRAFT_LAW'],
};

export const socialProtectionBranches = [
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
export type SocialProtectionBranch = (typeof socialProtectionBranches)[number];

export const workerCategories = ['INFORMAL_ECONOMY', 'FORMAL_ECONOMY', 'UNEMPLOYED', 'RETIRED', 'STUDENT', 'OTHER'] as const;
export type WorkerCategory = (typeof workerCategories)[number];

export const informalSectors = [
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
export type InformalSector = (typeof informalSectors)[number];
