import {
  PolicyOutcome,
  findActivity,
  findApiToken,
  findAuditEntry,
  findCapacityBuildingReview,
  findJointAction,
  findMembership,
  findMission,
  findNetwork,
  findPartner,
  findRoleGrant,
  findSynergy,
  findUser,
} from '@synergia/domain';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import type { GraphQLContext } from '../../context.ts';
import { fromGlobalId, type NodeType } from '../../graphql/global-id.ts';
import { badArgument } from '../../graphql/errors.ts';
import { entityType } from '../../graphql/entity-type.ts';
import { requireActor } from '../../graphql/auth.ts';
import { findCapacityAssessment, findFollowUpAction } from '@synergia/domain';

const finders: Record<NodeType, (ctx: GraphQLContext, id: string) => Promise<object | null>> = {
  Network: findNetwork,
  Synergy: findSynergy,
  SynergyMembership: findMembership,
  Partner: findPartner,
  User: findUser,
  RoleGrant: findRoleGrant,
  AuditEntry: findAuditEntry,
  Activity: findActivity,
  ApiToken: findApiToken,
  JointAction: findJointAction,
  /** An outcome is seen with its joint action. */
  PolicyOutcome: async (ctx, id) => {
    const outcome = await ctx.em.findOne(PolicyOutcome, { id });
    return outcome && (await findJointAction(ctx, outcome.jointAction.id)) ? outcome : null;
  },
  // Parts of a joint action that are not nodes: reach them through their joint action.
  JointActionPartner: async () => null,
  JointActionMilestone: async () => null,
  PolicyTarget: async () => null,
  // Capacity building: each module's helper replaces its line with its finder.
  CapacityBuildingMission: findMission,
  FollowUpAction: findFollowUpAction,
  CapacityAssessment: findCapacityAssessment,
  CapacityBuildingReview: findCapacityBuildingReview,
};

/** Any visible object by global id: a malformed id is a bad argument, an unknown or hidden one is null. */
async function resolveNode(ctx: GraphQLContext, globalId: string, argument: string) {
  requireActor(ctx);
  const decoded = fromGlobalId(globalId);
  if (!decoded) throw badArgument(argument, 'is not a valid global id');
  return finders[decoded.type](ctx, decoded.id);
}

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_, { id }, ctx) => resolveNode(ctx, id, 'id') as never,
    nodes: (_, { ids }, ctx) => Promise.all(ids.map((id, index) => resolveNode(ctx, id, `ids[${index}]`))) as never,
  },
  // Only Node types reach here: the finders give null for the parts of a joint action.
  Node: { __resolveType: (entity) => entityType(entity) as never },
};
