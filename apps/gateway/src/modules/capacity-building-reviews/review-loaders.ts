import DataLoader from 'dataloader';
import {
  CapacityBuildingMission,
  reviewOfMissions,
  reviewSubjectsOf,
  reviewsOfSynergies,
  type CapacityBuildingReview,
  type ReviewSubjects,
} from '@synergia/domain';
import type { LoaderContext } from '../../graphql/loaders.ts';

/** Per-request DataLoaders of this module, merged into ctx.loaders: one statement per batch, visibility in SQL. */
export function createReviewLoaders(ctx: LoaderContext) {
  return {
    /** The visible review of each mission, null when there is none or it is hidden. */
    reviewOfMission: new DataLoader<string, CapacityBuildingReview | null>(async (ids) => {
      const found = await reviewOfMissions(ctx, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),

    /** The visible synergy-year reviews of each synergy, latest year first. */
    reviewsOfSynergy: new DataLoader<string, CapacityBuildingReview[]>(async (ids) => {
      const found = await reviewsOfSynergies(ctx, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),

    /** The permission subjects of each review (three statements for any number), for viewerMoves and viewerCanEdit. */
    reviewSubjects: new DataLoader<CapacityBuildingReview, ReviewSubjects | null, string>(
      async (reviews) => {
        const subjects = await reviewSubjectsOf(ctx.em, reviews);
        return reviews.map((review) => subjects.get(review.id) ?? null);
      },
      { cacheKeyFn: (review) => review.id },
    ),

    /** The reviewed missions by id: whoever reads a review reads its mission (the same synergies see both). */
    reviewedMissionById: new DataLoader<string, CapacityBuildingMission | null>(async (ids) => {
      const rows = await ctx.em.find(CapacityBuildingMission, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
