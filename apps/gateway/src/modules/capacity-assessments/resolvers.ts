import {
  assessmentPermissions,
  assessmentSubjectFrom,
  averageScore,
  deleteCapacityAssessment,
  findCapacityAssessment,
  listCapacityAssessments,
  recordCapacityAssessment,
  updateCapacityAssessment,
  type CapacityAssessmentFilter,
} from '@synergia/domain';
import type { CapacityAssessmentFilter as CapacityAssessmentFilterArgs, Resolvers } from '../../generated/resolvers-types.ts';
import { toGlobalId } from '../../graphql/global-id.ts';
import { argumentId, withArgumentErrors } from '../../graphql/errors.ts';
import { requireActor } from '../../graphql/auth.ts';
import { toConnection } from '../../graphql/connection.ts';
import { visibleUser } from '../activities/resolvers.ts';
import { inputId, optionalInputId, payload, unchangedIfNull } from '../../graphql/mutation-input.ts';

/** The GraphQL filter with its global ids decoded; a bad id is BAD_USER_INPUT naming `filter.<field>`. */
export function assessmentFilterFromArgs(filter: CapacityAssessmentFilterArgs | null | undefined): CapacityAssessmentFilter {
  if (!filter) return {};
  return {
    ...filter,
    networkId: filter.networkId ? argumentId(filter.networkId, 'filter.networkId', 'Network') : null,
    partnerId: filter.partnerId ? argumentId(filter.partnerId, 'filter.partnerId', 'Partner') : null,
    synergyId: filter.synergyId ? argumentId(filter.synergyId, 'filter.synergyId', 'Synergy') : null,
    missionId: filter.missionId ? argumentId(filter.missionId, 'filter.missionId', 'CapacityBuildingMission') : null,
  };
}


export const capacityAssessmentResolvers: Resolvers = {
  Query: {
    capacityAssessments: (_, { filter, first, after }, ctx) => {
      requireActor(ctx);
      return withArgumentErrors(async () => toConnection(await listCapacityAssessments(ctx, assessmentFilterFromArgs(filter), { first, after })));
    },
    capacityAssessment: (_, { id }, ctx) => {
      requireActor(ctx);
      return findCapacityAssessment(ctx, argumentId(id, 'id', 'CapacityAssessment'));
    },
  },
  Mutation: {
    recordCapacityAssessment: (_, { input }, ctx) =>
      payload(ctx, 'capacityAssessment', () =>
        recordCapacityAssessment(ctx, {
          ...input,
          partnerId: inputId(input.partnerId, ['partnerId'], 'Partner'),
          missionId: optionalInputId(input.missionId, ['missionId'], 'CapacityBuildingMission'),
        }),
      ),
    updateCapacityAssessment: (_, { input }, ctx) =>
      payload(ctx, 'capacityAssessment', () =>
        updateCapacityAssessment(ctx, {
          ...input,
          id: inputId(input.id, ['id'], 'CapacityAssessment'),
          // missionId null unlinks and notes null clears; the others are always set.
          missionId: optionalInputId(input.missionId, ['missionId'], 'CapacityBuildingMission'),
          assessedOn: unchangedIfNull(input.assessedOn),
          assessor: unchangedIfNull(input.assessor),
          scores: unchangedIfNull(input.scores),
        }),
      ),
    deleteCapacityAssessment: (_, { input }, ctx) =>
      payload(ctx, 'deletedCapacityAssessmentId', async () => {
        const result = await deleteCapacityAssessment(ctx, { ...input, id: inputId(input.id, ['id'], 'CapacityAssessment') });
        return result.ok ? { ok: true as const, value: input.id } : result;
      }),
  },
  Partner: {
    capacityAssessments: (partner, { first, after }, ctx) =>
      withArgumentErrors(async () => toConnection(await ctx.loaders.capacityAssessmentsOfPartner(first, after).load(partner.id))),
  },
  CapacityBuildingMission: {
    assessments: (mission, _, ctx) => ctx.loaders.assessmentsOfMission.load(mission.id),
    capacityChange: (mission, _, ctx) => ctx.loaders.capacityChangeOfMission.load(mission.id),
  },
  CapacityAssessment: {
    id: (assessment) => toGlobalId('CapacityAssessment', assessment.id),
    partner: async (assessment, _, ctx) => (await ctx.loaders.partnerById.load(assessment.partner.id))!,
    mission: (assessment, _, ctx) => (assessment.mission ? ctx.loaders.missionOfAssessment.load(assessment.mission.id) : null),
    notes: (assessment) => assessment.notes ?? null,
    scores: (assessment, _, ctx) => ctx.loaders.scoresOfAssessment.load(assessment.id),
    averageScore: async (assessment, _, ctx) => averageScore(await ctx.loaders.scoresOfAssessment.load(assessment.id)),
    previous: (assessment, _, ctx) => ctx.loaders.previousAssessment.load(assessment.id),
    recordedBy: (assessment, _, ctx) => visibleUser(ctx, assessment.network.id, assessment.recordedBy) as never,
    viewerCan: async (assessment, _, ctx) => {
      const memberships = await ctx.loaders.currentMembershipsOfPartner.load(assessment.partner.id);
      const subject = assessmentSubjectFrom(assessment.network.id, assessment.partner.id, memberships.map((membership) => membership.synergy.id));
      return assessmentPermissions(ctx.actor, subject);
    },
  },
};
