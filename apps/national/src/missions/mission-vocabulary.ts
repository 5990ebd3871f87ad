import type { CapacityTheme, FollowUpStatus, MissionFormat, ReviewStatus } from '../gql/graphql.ts';

// The capacity-building words the national app offers in its filters, in the
// API's order (DOMAIN.md); typed by the generated enums so a change of the
// contract fails the type check.

export const MISSION_FORMATS: readonly MissionFormat[] = [
  'MISSION',
  'WORKSHOP',
  'SEMINAR',
  'EXCHANGE_SOUTH_SOUTH',
  'EXCHANGE_NORTH_SOUTH',
  'TRAINING_OF_TRAINERS',
  'COACHING',
];

export const CAPACITY_THEMES: readonly CapacityTheme[] = [
  'NETWORKING_SYNERGIES',
  'RIGHT_TO_SOCIAL_PROTECTION',
  'GENDER',
  'POLITICAL_ACTION_METHODS',
  'ORGANISATIONAL_CAPACITY',
  'ENVIRONMENT',
  'COMMUNICATION',
];

export const REVIEW_STATUSES: readonly ReviewStatus[] = ['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED'];

export const FOLLOW_UP_STATUSES: readonly FollowUpStatus[] = ['OPEN', 'DONE', 'DROPPED'];

type MissionEnumName = 'MissionFormat' | 'CapacityTheme' | 'ReviewStatus' | 'FollowUpStatus' | 'ReviewRecommendation' | 'FacilitatorKind' | 'FacilitatorOrigin';

/** The message key of one capacity-building enum value, e.g. `national.missions.enums.MissionFormat.WORKSHOP`. */
export function missionEnumKey(name: MissionEnumName, value: string): string {
  return `national.missions.enums.${name}.${value}`;
}
