import type { WorkStatus } from './activity-status.rules.ts';
import type { ActivityType, SocialProtectionBranch } from './activity.vocabulary.ts';

/** What an activity list is narrowed to (ids are the database's; the API and the web apps use global ids). */
export type ActivityFilter = {
  networkId?: string | null;
  synergyId?: string | null;
  partnerId?: string | null;
  countries?: string[] | null;
  types?: ActivityType[] | null;
  statuses?: WorkStatus[] | null;
  branches?: SocialProtectionBranch[] | null;
  /** Start date on or after. */
  from?: string | null;
  /** Start date on or before. */
  to?: string | null;
  genderMarkerScores?: number[] | null;
  search?: string | null;
};

export const activityOrderFields = ['START_DATE', 'TITLE', 'PARTICIPANTS', 'UPDATED_AT'] as const;
export type ActivityOrderField = (typeof activityOrderFields)[number];
export type ActivityOrder = { field: ActivityOrderField; direction: 'ASC' | 'DESC' };
