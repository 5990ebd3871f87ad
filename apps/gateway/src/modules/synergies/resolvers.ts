import {
  addSynergyMember,
  can,
  canSeeMembership,
  countryName,
  createSynergy,
  endSynergyMembership,
  findOnce,
  findSynergy,
  isCurrentMembership,
  listSynergies,
  Network,
  updateSynergy,
  type Synergy,
} from '@synergia/domain';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.ts';
import { argumentId, invalidIdPayload, toPayload, withArgumentErrors } from '../../graphql/errors.ts';
import { requireActor } from '../../graphql/auth.ts';
import { toConnection } from '../../graphql/connection.ts';
import { sameNamed, selectsOnlyId, type FieldReads } from '../../graphql/selection.ts';
import { synergyFilterFromArgs } from './synergy-filter.ts';
import { partnerFilterFromArgs } from '../partners/partner-filter.ts';

/**
 * What each Synergy field reads, so a list that joins synergies to its rows loads only those columns
 * (`joinedProperties`). Fields not here (the lists of other modules) load the whole row;
 * `list-selection.integration.test.ts` checks each one.
 */
export const synergyReads: FieldReads<keyof Synergy & string> = {
  id: [],
  ...sameNamed('network', 'name', 'country', 'status', 'version', 'createdAt'),
  countryName: ['country'],
  viewerCan: ['network'],
  // Loaded by the synergy's id; who may see them depends on its network.
  memberships: ['network'],
  partners: [],
  partnerCount: [],
};

export const synergyResolvers: Resolvers = {
  Query: {
    synergies: (_, { filter, first, after }, ctx) => {
      requireActor(ctx);
      return withArgumentErrors(async () => toConnection(await listSynergies(ctx, synergyFilterFromArgs(filter), { first, after })));
    },
    synergy: (_, { id }, ctx) => {
      requireActor(ctx);
      return findSynergy(ctx, argumentId(id, 'id', 'Synergy'));
    },
  },
  Mutation: {
    createSynergy: async (_, { input }, ctx) => {
      requireActor(ctx);
      const networkId = fromGlobalId(input.networkId, 'Network');
      if (!networkId) return invalidIdPayload('synergy', 'networkId', 'Network');
      return toPayload('synergy', await createSynergy(ctx, { ...input, networkId: networkId.id }));
    },
    updateSynergy: async (_, { input }, ctx) => {
      requireActor(ctx);
      const id = fromGlobalId(input.id, 'Synergy');
      if (!id) return invalidIdPayload('synergy', 'id', 'Synergy');
      return toPayload('synergy', await updateSynergy(ctx, { ...input, id: id.id, name: input.name ?? undefined, status: input.status ?? undefined }));
    },
    addSynergyMember: async (_, { input }, ctx) => {
      requireActor(ctx);
      const synergyId = fromGlobalId(input.synergyId, 'Synergy');
      if (!synergyId) return invalidIdPayload('membership', 'synergyId', 'Synergy');
      const partnerId = fromGlobalId(input.partnerId, 'Partner');
      if (!partnerId) return invalidIdPayload('membership', 'partnerId', 'Partner');
      return toPayload('membership', await addSynergyMember(ctx, { ...input, synergyId: synergyId.id, partnerId: partnerId.id }));
    },
    endSynergyMembership: async (_, { input }, ctx) => {
      requireActor(ctx);
      const membershipId = fromGlobalId(input.membershipId, 'SynergyMembership');
      if (!membershipId) return invalidIdPayload('membership', 'membershipId', 'SynergyMembership');
      return toPayload('membership', await endSynergyMembership(ctx, { ...input, membershipId: membershipId.id }));
    },
  },
  Synergy: {
    id: (synergy) => toGlobalId('Synergy', synergy.id),
    // Read once per request, as the participation summary reads it for the same synergy's dashboard.
    network: (synergy, _, ctx) => findOnce(ctx.em, Network, synergy.network.id) as never,
    countryName: (synergy) => countryName(synergy.country),
    viewerCan: (synergy, _, ctx) => {
      const networkId = synergy.network.id;
      // Adding and ending memberships depend on the synergy, not on which partner (permissions.rules.ts).
      const membership = { kind: 'SynergyMembership' as const, networkId, synergyId: synergy.id, partnerId: '' };
      return {
        update: can(ctx.actor, 'update', { kind: 'Synergy', networkId, synergyId: synergy.id, partnerIds: [] }),
        addMember: can(ctx.actor, 'create', membership),
        endMembership: can(ctx.actor, 'update', membership),
        createPartner: can(ctx.actor, 'create', { kind: 'Partner', networkId, partnerId: null, synergyIds: [synergy.id] }),
      };
    },
    memberships: async (synergy, { includeEnded }, ctx) => {
      const loader = includeEnded ? ctx.loaders.allMembershipsOfSynergy : ctx.loaders.currentMembershipsOfSynergy;
      return (await loader.load(synergy.id)).filter((membership) => canSeeMembership(ctx, membership, synergy.network.id));
    },
    partners: (synergy, { filter, first, after }, ctx) =>
      withArgumentErrors(async () =>
        toConnection(await ctx.loaders.partnersOfSynergy(partnerFilterFromArgs(filter), first, after).load(synergy.id)),
      ),
    partnerCount: (synergy, _, ctx) => ctx.loaders.partnerCountOfSynergy.load(synergy.id),
  },
  SynergyMembership: {
    id: (membership) => toGlobalId('SynergyMembership', membership.id),
    // A membership always has both. When only their ids are asked for, the reference itself answers (its id is
    // all the id resolver reads), synchronously: no entity made, no promise per membership.
    synergy: (membership, _, ctx, info) => (selectsOnlyId(info) ? (membership.synergy as never) : (ctx.loaders.synergyById.load(membership.synergy.id) as never)),
    partner: (membership, _, ctx, info) => (selectsOnlyId(info) ? (membership.partner as never) : (ctx.loaders.partnerById.load(membership.partner.id) as never)),
    active: (membership) => isCurrentMembership(membership),
  },
};
