import { findActivity, findApiToken, findAuditEntry, findMembership, findNetwork, findPartner, findRoleGrant, findSynergy, findUser } from '@synergia/domain';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import type { GraphQLContext } from '../../context.ts';
import { fromGlobalId, type NodeType } from '../../graphql/global-id.ts';
import { badArgument } from '../../graphql/errors.ts';
import { entityType } from '../../graphql/entity-type.ts';
import { requireActor } from '../../graphql/auth.ts';

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
  Node: { __resolveType: (entity) => entityType(entity) },
};
