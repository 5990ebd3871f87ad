/** DOMAIN.md "Enumerations": the words capacity building is described with (category 3). */

/** How a capacity-building mission is delivered. */
export const missionFormats = [
  'MISSION',
  'WORKSHOP',
  'SEMINAR',
  'EXCHANGE_SOUTH_SOUTH',
  'EXCHANGE_NORTH_SOUTH',
  'TRAINING_OF_TRAINERS',
  'COACHING',
] as const;
export type MissionFormat = (typeof missionFormats)[number];

/** What a mission strengthens; a mission covers at least one theme. */
export const capacityThemes = [
  'NETWORKING_SYNERGIES',
  'RIGHT_TO_SOCIAL_PROTECTION',
  'GENDER',
  'POLITICAL_ACTION_METHODS',
  'ORGANISATIONAL_CAPACITY',
  'ENVIRONMENT',
  'COMMUNICATION',
] as const;
export type CapacityTheme = (typeof capacityThemes)[number];

/** Who facilitates: a person or an organisation. */
export const facilitatorKinds = ['PERSON', 'ORGANISATION'] as const;
export type FacilitatorKind = (typeof facilitatorKinds)[number];

/** Whether a facilitator comes from inside the network (a partner, the secretariat) or outside it. */
export const facilitatorOrigins = ['INTERNAL', 'EXTERNAL'] as const;
export type FacilitatorOrigin = (typeof facilitatorOrigins)[number];

/** A follow-up action's state; DROPPED needs a reason. Overdue is derived (OPEN and past its due date). */
export const followUpStatuses = ['OPEN', 'DONE', 'DROPPED'] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];

/** The domains a partner's capacity is assessed on, each scored 1 (weak) to 4 (strong). */
export const capacityDomains = [
  'GOVERNANCE',
  'FINANCIAL_MANAGEMENT',
  'HUMAN_RESOURCES',
  'PROGRAMME_MANAGEMENT',
  'NETWORKING',
  'POLITICAL_ACTION',
  'GENDER_MAINSTREAMING',
  'COMMUNICATION',
] as const;
export type CapacityDomain = (typeof capacityDomains)[number];
export const capacityScoreRange = { min: 1, max: 4 } as const;

/** Participant evaluation and review ratings are 1 (poor) to 5 (excellent). */
export const ratingRange = { min: 1, max: 5 } as const;

/**
 * Where a review stands. The reviewer drafts it (DRAFT) and submits it
 * (SUBMITTED); from there the reviewer requests changes (CHANGES_REQUESTED),
 * the organiser answers (back to SUBMITTED), and the reviewer approves
 * (APPROVED), which locks the mission's reviewed fields.
 */
export const reviewStatuses = ['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

/** What the reviewer recommends for the network's next programming. */
export const reviewRecommendations = ['CONTINUE', 'ADAPT', 'SCALE_UP', 'DISCONTINUE'] as const;
export type ReviewRecommendation = (typeof reviewRecommendations)[number];
