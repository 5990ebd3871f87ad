import type { ReviewStatus } from '../missions/capacity-building.vocabulary.ts';

/**
 * Who moves a review where. The reviewer (a network reviewer or admin)
 * submits a draft, requests changes or approves; the organiser answers a
 * change request, which puts the review back to SUBMITTED; only an admin
 * reopens an approved review (back to CHANGES_REQUESTED, recorded in the
 * audit log), which unlocks the mission.
 */
export type ReviewMove = 'SUBMIT' | 'REQUEST_CHANGES' | 'ANSWER' | 'APPROVE' | 'REOPEN';
export type ReviewParty = 'REVIEWER' | 'ORGANISER' | 'ADMIN';

export const reviewMoves: Record<ReviewMove, { from: readonly ReviewStatus[]; to: ReviewStatus; by: ReviewParty }> = {
  SUBMIT: { from: ['DRAFT'], to: 'SUBMITTED', by: 'REVIEWER' },
  REQUEST_CHANGES: { from: ['SUBMITTED'], to: 'CHANGES_REQUESTED', by: 'REVIEWER' },
  ANSWER: { from: ['CHANGES_REQUESTED'], to: 'SUBMITTED', by: 'ORGANISER' },
  APPROVE: { from: ['SUBMITTED'], to: 'APPROVED', by: 'REVIEWER' },
  REOPEN: { from: ['APPROVED'], to: 'CHANGES_REQUESTED', by: 'ADMIN' },
};

/** Whether `move` may be made from `status`. */
export const canMakeReviewMove = (status: ReviewStatus, move: ReviewMove): boolean => reviewMoves[move].from.includes(status);

/** The moves open from a status, in the order a screen offers them. */
export const reviewMovesFrom = (status: ReviewStatus): ReviewMove[] =>
  (Object.keys(reviewMoves) as ReviewMove[]).filter((move) => canMakeReviewMove(status, move));

/** The review fields a reviewer edits: only while the review is a draft or submitted, never once approved. */
export const reviewIsEditable = (status: ReviewStatus): boolean => status === 'DRAFT' || status === 'SUBMITTED';

/**
 * The mission fields an approved review covers. Editing any of them is
 * refused while the review is approved; follow-up actions and assessments
 * stay open, since following up is what comes after a review.
 */
export const lockedMissionFields = [
  'format',
  'themes',
  'title',
  'objectives',
  'plannedStartDate',
  'plannedEndDate',
  'actualStartDate',
  'actualEndDate',
  'country',
  'city',
  'online',
  'status',
  'budgetPlanned',
  'budgetSpent',
  'budgetCurrency',
  'participants',
  'genderMarker',
  'targets',
  'facilitators',
  'evaluation',
] as const;
export type LockedMissionField = (typeof lockedMissionFields)[number];

/** Whether a mission with this review status refuses changes to its reviewed fields. */
export const missionIsLocked = (reviewStatus: ReviewStatus | null | undefined): boolean => reviewStatus === 'APPROVED';
