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
  findVisibleByIds,
  findsVisibleByIds,
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

/** A global id decoded, or a bad argument naming it. */
function decodeId(globalId: string, argument: string) {
  const decoded = fromGlobalId(globalId);
  if (!decoded) throw badArgument(argument, 'is not a valid global id');
  return decoded;
}

/** Any visible object by global id: a malformed id is a bad argument, an unknown or hidden one is null. */
async function resolveNode(ctx: GraphQLContext, globalId: string, argument: string) {
  requireActor(ctx);
  const decoded = decodeId(globalId, argument);
  return finders[decoded.type](ctx, decoded.id);
}

/**
 * `resolveNode` for many ids: the ids of a type whose list has a visibility
 * clause in one statement (`findVisibleByIds`), the others one by one. Why:
 * a client refetching a page of partners by id ran two statements an id.
 */
async function resolveNodes(ctx: GraphQLContext, globalIds: readonly string[]) {
  requireActor(ctx);
  const decoded = globalIds.map((globalId, index) => decodeId(globalId, `ids[${index}]`));
  const batched = [...new Set(decoded.map((id) => id.type))].filter(findsVisibleByIds);
  const found = new Map(
    await Promise.all(batched.map(async (type) => [type, await findVisibleByIds(ctx, type, decoded.filter((id) => id.type === type).map((id) => id.id))] as const)),
  );
  return Promise.all(decoded.map((id) => (found.has(id.type) ? (found.get(id.type)!.get(id.id) ?? null) : finders[id.type](ctx, id.id))));
}

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_, { id }, ctx) => resolveNode(ctx, id, 'id') as never,
    nodes: (_, { ids }, ctx) => resolveNodes(ctx, ids) as never,
  },
  // Only Node types reach here: the finders give null for the parts of a joint action.
  Node: { __resolveType: (entity) => entityType(entity) as never },
};
