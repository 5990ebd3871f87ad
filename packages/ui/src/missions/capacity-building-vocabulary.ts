// The words capacity building is described with (DOMAIN.md "Enumerations"):
// the domain's lists; the GraphQL enums are spelled alike. One set of labels
// for both apps, in ui's i18n files.

export {
  missionFormats as MISSION_FORMATS,
  capacityThemes as CAPACITY_THEMES,
  facilitatorKinds as FACILITATOR_KINDS,
  facilitatorOrigins as FACILITATOR_ORIGINS,
  followUpStatuses as FOLLOW_UP_STATUSES,
  capacityDomains as CAPACITY_DOMAINS,
  reviewStatuses as REVIEW_STATUSES,
  reviewRecommendations as REVIEW_RECOMMENDATIONS,
  type MissionFormat,
  type CapacityTheme,
  type FacilitatorKind,
  type FacilitatorOrigin,
  type FollowUpStatus,
  type CapacityDomain,
  type ReviewStatus,
  type ReviewRecommendation,
} from '@synergia/domain/rules';

export type CapacityBuildingEnumName =
  | 'MissionFormat'
  | 'CapacityTheme'
  | 'FacilitatorKind'
  | 'FacilitatorOrigin'
  | 'FollowUpStatus'
  | 'ReviewStatus'
  | 'ReviewRecommendation'
  | 'CapacityDomain';

/** The message key of one capacity-building enum value, e.g. `capacityBuilding.enums.MissionFormat.WORKSHOP` (ui's i18n files). */
export function capacityBuildingEnumKey(name: CapacityBuildingEnumName, value: string): string {
  return `capacityBuilding.enums.${name}.${value}`;
}

/** A mission's review status where the mission, not the review, is the subject ("Review approved" rather than "Approved"). */
export function missionReviewStatusKey(status: string): string {
  return `capacityBuilding.missionReviewStatus.${status}`;
}
