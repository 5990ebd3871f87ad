import { can, findNetwork, listNetworks, listPartners, listSynergies } from '@synergia/domain';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { toGlobalId } from '../../graphql/global-id.ts';
import { argumentId, withArgumentErrors } from '../../graphql/errors.ts';
import { requireActor } from '../../graphql/auth.ts';
import { toConnection } from '../../graphql/connection.ts';
import { synergyFilterFromArgs } from '../synergies/synergy-filter.ts';

export const networkResolvers: Resolvers = {
  Query: {
    networks: (_, __, ctx) => {
      requireActor(ctx);
      return listNetworks(ctx);
    },
    network: (_, { id }, ctx) => {
      requireActor(ctx);
      return findNetwork(ctx, argumentId(id, 'id', 'Network'));
    },
  },
  Network: {
    id: (network) => toGlobalId('Network', network.id),
    ageBands: (network) => network.ageBands,
    viewerCan: (network, _, ctx) => {
      const networkId = network.id;
      return {
        createSynergy: can(ctx.actor, 'create', { kind: 'Synergy', networkId, synergyId: null, partnerIds: [] }),
        createUser: can(ctx.actor, 'create', { kind: 'User', networkId }),
        grantRole: can(ctx.actor, 'create', { kind: 'RoleGrant', networkId }),
        readAuditLog: can(ctx.actor, 'read', { kind: 'AuditEntry', networkId }),
      };
    },
    synergies: (network, { filter, first, after }, ctx) =>
      withArgumentErrors(async () =>
        toConnection(await listSynergies(ctx, { ...synergyFilterFromArgs(filter), networkId: network.id }, { first, after })),
      ),
    synergyCount: async (network, _, ctx) => (await listSynergies(ctx, { networkId: network.id }, { first: 0 })).totalCount,
    partnerCount: async (network, _, ctx) => (await listPartners(ctx, { networkId: network.id }, { first: 0 })).totalCount,
  },
};
