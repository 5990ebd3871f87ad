import {
  findCapacityBuildingReview,
  listCapacityBuildingReviews,
  moveCapacityBuildingReview,
  reviewPermissions,
  startCapacityBuildingReview,
  updateCapacityBuildingReview,
  type CapacityBuildingReview,
  type CapacityBuildingReviewFilter,
} from '@synergia/domain';
import type { CapacityBuildingReviewFilter as FilterArgs, Resolvers } from '../../generated/resolvers-types.ts';
import type { GraphQLContext } from '../../context.ts';
import { toGlobalId } from '../../graphql/global-id.ts';
import { argumentId, withArgumentErrors } from '../../graphql/errors.ts';
import { inputId, optionalInputId, payload } from '../../graphql/mutation-input.ts';
import { requireActor } from '../../graphql/auth.ts';
import { toConnection } from '../../graphql/connection.ts';
import { visibleUser } from '../activities/resolvers.ts';

const filterFromArgs = (filter: FilterArgs | null | undefined): CapacityBuildingReviewFilter => ({
  networkId: filter?.networkId ? argumentId(filter.networkId, 'filter.networkId', 'Network') : null,
  synergyId: filter?.synergyId ? argumentId(filter.synergyId, 'filter.synergyId', 'Synergy') : null,
  reviewerId: filter?.reviewerId ? argumentId(filter.reviewerId, 'filter.reviewerId', 'User') : null,
  statuses: filter?.statuses ?? null,
});

/** What the viewer may do with the review now: the mutations' own rule, from batched subjects. */
async function viewerPermissions(ctx: GraphQLContext, review: CapacityBuildingReview) {
  const subjects = await ctx.loaders.reviewSubjects.load(review);
  return subjects ? reviewPermissions(ctx.actor, review, subjects) : { moves: [], edit: false };
}

export const reviewResolvers: Resolvers = {
  Query: {
    capacityBuildingReviews: (_, { filter, first, after }, ctx) => {
      requireActor(ctx);
      return withArgumentErrors(async () => toConnection(await listCapacityBuildingReviews(ctx, filterFromArgs(filter), { first, after })));
    },
    capacityBuildingReview: (_, { id }, ctx) => {
      requireActor(ctx);
      return findCapacityBuildingReview(ctx, argumentId(id, 'id', 'CapacityBuildingReview'));
    },
  },
  Mutation: {
    startCapacityBuildingReview: (_, { input }, ctx) =>
      payload(ctx, 'review', () =>
        startCapacityBuildingReview(ctx, {
          missionId: optionalInputId(input.missionId, ['missionId'], 'CapacityBuildingMission'),
          synergyId: optionalInputId(input.synergyId, ['synergyId'], 'Synergy'),
          year: input.year,
        }),
      ),
    updateCapacityBuildingReview: (_, { input }, ctx) =>
      payload(ctx, 'review', () => updateCapacityBuildingReview(ctx, { ...input, id: inputId(input.id, ['id'], 'CapacityBuildingReview') })),
    moveCapacityBuildingReview: (_, { input }, ctx) =>
      payload(ctx, 'review', () => moveCapacityBuildingReview(ctx, { ...input, id: inputId(input.id, ['id'], 'CapacityBuildingReview') })),
  },
  Synergy: {
    capacityBuildingReviews: (synergy, _, ctx) => ctx.loaders.reviewsOfSynergy.load(synergy.id),
  },
  CapacityBuildingMission: {
    review: (mission, _, ctx) => ctx.loaders.reviewOfMission.load(mission.id),
  },
  CapacityBuildingReview: {
    id: (review) => toGlobalId('CapacityBuildingReview', review.id),
    mission: async (review, _, ctx) => (review.mission ? await ctx.loaders.reviewedMissionById.load(review.mission.id) : null),
    synergy: async (review, _, ctx) => (review.synergy ? await ctx.loaders.synergyById.load(review.synergy.id) : null),
    year: (review) => review.year ?? null,
    reviewer: (review, _, ctx) => visibleUser(ctx, review.network.id, review.reviewer) as never,
    approvedBy: (review, _, ctx) => visibleUser(ctx, review.network.id, review.approvedBy) as never,
    ratingRelevance: (review) => review.ratingRelevance ?? null,
    ratingEffectiveness: (review) => review.ratingEffectiveness ?? null,
    ratingFollowUp: (review) => review.ratingFollowUp ?? null,
    ratingGender: (review) => review.ratingGender ?? null,
    comments: (review) => review.comments ?? null,
    recommendation: (review) => review.recommendation ?? null,
    changeRequest: (review) => review.changeRequest ?? null,
    organiserResponse: (review) => review.organiserResponse ?? null,
    submittedAt: (review) => review.submittedAt ?? null,
    approvedAt: (review) => review.approvedAt ?? null,
    reopenReason: (review) => review.reopenReason ?? null,
    viewerMoves: async (review, _, ctx) => (await viewerPermissions(ctx, review)).moves,
    viewerCanEdit: async (review, _, ctx) => (await viewerPermissions(ctx, review)).edit,
  },
};
