import { z } from 'zod';
import { oneOf } from '../activities/activity.schemas.ts';
import { optionalText } from '../shared/schemas.ts';
import { ratingRange, reviewRecommendations } from '../missions/capacity-building.vocabulary.ts';
import { reviewMoves, type ReviewMove } from './review.rules.ts';

/** The first year a synergy-year review may cover; the last is next year (a review may be opened ahead). */
export const firstReviewYear = 2000;
export const lastReviewYear = (now: Date = new Date()) => now.getUTCFullYear() + 1;

const reviewYear = z
  .number()
  .int('must be a whole number')
  .check((ctx) => {
    const last = lastReviewYear();
    if (ctx.value < firstReviewYear || ctx.value > last) {
      ctx.issues.push({ code: 'custom', input: ctx.value, message: `must be from ${firstReviewYear} to ${last}` });
    }
  });

const rating = z
  .number()
  .int('must be a whole number')
  .min(ratingRange.min, `must be from ${ratingRange.min} to ${ratingRange.max}`)
  .max(ratingRange.max, `must be from ${ratingRange.min} to ${ratingRange.max}`);

/** Exactly one of missionId and synergyId + year: checked in the service, which names the field. */
export const startCapacityBuildingReviewSchema = z.object({
  missionId: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  synergyId: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  year: reviewYear.nullish().transform((value) => value ?? null),
});
export type StartCapacityBuildingReviewInput = z.input<typeof startCapacityBuildingReviewSchema>;

/** Omitted fields stay as they are; null clears a rating, the comments or the recommendation. */
export const updateCapacityBuildingReviewSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  ratingRelevance: rating.nullable().optional(),
  ratingEffectiveness: rating.nullable().optional(),
  ratingFollowUp: rating.nullable().optional(),
  ratingGender: rating.nullable().optional(),
  comments: optionalText(10_000).optional(),
  recommendation: oneOf(reviewRecommendations).nullable().optional(),
});
export type UpdateCapacityBuildingReviewInput = z.input<typeof updateCapacityBuildingReviewSchema>;

export const reviewMoveNames = Object.keys(reviewMoves) as [ReviewMove, ...ReviewMove[]];

/** `note` is required for REQUEST_CHANGES, ANSWER and REOPEN (checked in the service, which knows the move). */
export const moveCapacityBuildingReviewSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  move: oneOf(reviewMoveNames),
  note: optionalText(5000).optional(),
});
export type MoveCapacityBuildingReviewInput = z.input<typeof moveCapacityBuildingReviewSchema>;
