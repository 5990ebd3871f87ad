import {
  addFollowUpAction,
  followUpPermissions,
  followUpSubjectFrom,
  isFollowUpOverdue,
  listFollowUpActions,
  removeFollowUpAction,
  todayIso,
  updateFollowUpAction,
  type FollowUpAction,
  type FollowUpActionFilter,
} from '@synergia/domain';
import type { FollowUpActionFilter as FollowUpActionFilterArgs, Resolvers } from '../../generated/resolvers-types.ts';
import type { GraphQLContext } from '../../context.ts';
import { toGlobalId } from '../../graphql/global-id.ts';
import { argumentId, withArgumentErrors } from '../../graphql/errors.ts';
import { requireActor } from '../../graphql/auth.ts';
import { toConnection } from '../../graphql/connection.ts';
import { inputId, payload, unchangedIfNull } from '../../graphql/mutation-input.ts';

/** The GraphQL filter with its global ids decoded; a bad id is BAD_USER_INPUT naming `filter.<field>`. */
export function followUpFilterFromArgs(filter: FollowUpActionFilterArgs | null | undefined): FollowUpActionFilter {
  if (!filter) return {};
  return {
    ...filter,
    networkId: filter.networkId ? argumentId(filter.networkId, 'filter.networkId', 'Network') : null,
    missionId: filter.missionId ? argumentId(filter.missionId, 'filter.missionId', 'CapacityBuildingMission') : null,
    ownerPartnerId: filter.ownerPartnerId ? argumentId(filter.ownerPartnerId, 'filter.ownerPartnerId', 'Partner') : null,
    ownerSynergyId: filter.ownerSynergyId ? argumentId(filter.ownerSynergyId, 'filter.ownerSynergyId', 'Synergy') : null,
  };
}

const missionOf = async (ctx: GraphQLContext, followUp: FollowUpAction) => (await ctx.loaders.missionOfFollowUp.load(followUp.mission.id))!;

export const followUpResolvers: Resolvers = {
  Query: {
    followUpActions: (_, { filter, first, after }, ctx) => {
      requireActor(ctx);
      return withArgumentErrors(async () => toConnection(await listFollowUpActions(ctx, followUpFilterFromArgs(filter), { first, after })));
    },
  },
  Mutation: {
    addFollowUpAction: (_, { input }, ctx) =>
      payload(ctx, 'followUpAction', () =>
        addFollowUpAction(ctx, {
          ...input,
          missionId: inputId(input.missionId, ['missionId'], 'CapacityBuildingMission'),
          ownerPartnerId: inputId(input.ownerPartnerId, ['ownerPartnerId'], 'Partner'),
        }),
      ),
    updateFollowUpAction: (_, { input }, ctx) =>
      payload(ctx, 'followUpAction', () =>
        updateFollowUpAction(ctx, {
          ...input,
          id: inputId(input.id, ['id'], 'FollowUpAction'),
          ownerPartnerId: input.ownerPartnerId ? inputId(input.ownerPartnerId, ['ownerPartnerId'], 'Partner') : undefined,
          // doneOn, droppedReason and evidence may be cleared with null; the others are always set.
          description: unchangedIfNull(input.description),
          dueDate: unchangedIfNull(input.dueDate),
          status: unchangedIfNull(input.status),
        }),
      ),
    removeFollowUpAction: (_, { input }, ctx) =>
      payload(ctx, 'removedFollowUpActionId', async () => {
        const result = await removeFollowUpAction(ctx, { ...input, id: inputId(input.id, ['id'], 'FollowUpAction') });
        return result.ok ? { ok: true as const, value: input.id } : result;
      }),
  },
  CapacityBuildingMission: {
    followUps: (mission, _, ctx) => ctx.loaders.followUpsOfMission.load(mission.id),
  },
  FollowUpAction: {
    id: (followUp) => toGlobalId('FollowUpAction', followUp.id),
    mission: (followUp, _, ctx) => missionOf(ctx, followUp),
    ownerPartner: async (followUp, _, ctx) => (await ctx.loaders.partnerById.load(followUp.ownerPartner.id))!,
    overdue: (followUp) => isFollowUpOverdue(followUp, todayIso()),
    doneOn: (followUp) => followUp.doneOn ?? null,
    droppedReason: (followUp) => followUp.droppedReason ?? null,
    evidence: (followUp) => followUp.evidence ?? null,
    viewerCan: async (followUp, _, ctx) => {
      // The mutations' own rule from batched facts: the mission (one query) and the owner's current synergies (one more).
      const [mission, memberships] = await Promise.all([missionOf(ctx, followUp), ctx.loaders.currentMembershipsOfPartner.load(followUp.ownerPartner.id)]);
      const subject = followUpSubjectFrom(mission, followUp.ownerPartner.id, memberships.map((membership) => membership.synergy.id));
      return followUpPermissions(ctx.actor, subject);
    },
  },
};

