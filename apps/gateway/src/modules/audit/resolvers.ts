import { User, listAuditEntries } from '@synergia/domain';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { fromGlobalId, toGlobalId, type NodeType } from '../../graphql/global-id.ts';
import { argumentId, badArgument, withArgumentErrors } from '../../graphql/errors.ts';
import { requireActor } from '../../graphql/auth.ts';
import { toConnection } from '../../graphql/connection.ts';

export const auditResolvers: Resolvers = {
  Query: {
    auditEntries: (_, { networkId, entityId, first, after }, ctx) => {
      requireActor(ctx);
      const network = argumentId(networkId, 'networkId', 'Network');
      const entity = entityId ? fromGlobalId(entityId)?.id : null;
      if (entityId && !entity) throw badArgument('entityId', 'is not a valid global id');
      return withArgumentErrors(async () => toConnection(await listAuditEntries(ctx, network, entity, { first, after })));
    },
  },
  AuditEntry: {
    id: (entry) => toGlobalId('AuditEntry', entry.id),
    actor: async (entry, _, ctx) => (entry.actorId ? ((await ctx.em.findOne(User, { id: entry.actorId })) as never) : null),
    entityId: (entry) => toGlobalId(entry.entityType as NodeType, entry.entityId),
    before: (entry) => (entry.before ? JSON.stringify(entry.before) : null),
    after: (entry) => (entry.after ? JSON.stringify(entry.after) : null),
  },
};
