import { can, canSeeMembership, countryName, createPartner, currentMembershipsOfPage, findPartner, listPartners, memberCounts, updatePartner, type Partner } from '@synergia/domain';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.ts';
import { argumentId, invalidIdPayload, toPayload, withArgumentErrors } from '../../graphql/errors.ts';
import { requireActor } from '../../graphql/auth.ts';
import { toConnection } from '../../graphql/connection.ts';
import { partnerFilterFromArgs } from './partner-filter.ts';
import { nodeFields, nodeProperties, sameNamed, type FieldReads } from '../../graphql/selection.ts';

/** GraphQL leaves absent fields undefined and explicit nulls null; the domain treats undefined as "unchanged". */
const present = <T>(value: T | null | undefined): T | null | undefined => value;

/**
 * What each Partner field reads, so a list page loads only those columns (`nodeProperties`). Fields not here
 * (`viewerCan`, the lists of other modules) load the whole row; `list-selection.integration.test.ts` checks each one.
 */
export const partnerReads: FieldReads<keyof Partner & string> = {
  id: [],
  ...sameNamed('network', 'name', 'acronym', 'type', 'country', 'contactName', 'contactEmail', 'contactPhone', 'website', 'version', 'createdAt', 'updatedAt'),
  countryName: ['country'],
  members: ['membersWomen', 'membersMen', 'membersOther'],
  // Loaded by the partner's id; who may see them depends on its network.
  memberships: ['network'],
};

export const partnerResolvers: Resolvers = {
  Query: {
    partners: (_, { filter, first, after }, ctx, info) => {
      requireActor(ctx);
      return withArgumentErrors(async () => {
        // The page brings its partners' current memberships when the nodes read them (memberships, viewerCan).
        const withMemberships = ['memberships', 'viewerCan'].some((field) => nodeFields(info).has(field));
        const page = await listPartners(ctx, partnerFilterFromArgs(filter), { first, after }, nodeProperties(info, partnerReads), withMemberships);
        for (const [partnerId, memberships] of currentMembershipsOfPage(ctx.em, page) ?? []) ctx.loaders.currentMembershipsOfPartner.prime(partnerId, memberships);
        return toConnection(page);
      });
    },
    partner: (_, { id }, ctx) => {
      requireActor(ctx);
      return findPartner(ctx, argumentId(id, 'id', 'Partner'));
    },
  },
  Mutation: {
    createPartner: async (_, { input }, ctx) => {
      requireActor(ctx);
      const networkId = fromGlobalId(input.networkId, 'Network');
      if (!networkId) return invalidIdPayload('partner', 'networkId', 'Network');
      const synergyId = input.synergyId ? fromGlobalId(input.synergyId, 'Synergy') : null;
      if (input.synergyId && !synergyId) return invalidIdPayload('partner', 'synergyId', 'Synergy');
      return toPayload('partner', await createPartner(ctx, { ...input, networkId: networkId.id, synergyId: synergyId?.id ?? null }));
    },
    updatePartner: async (_, { input }, ctx) => {
      requireActor(ctx);
      const id = fromGlobalId(input.id, 'Partner');
      if (!id) return invalidIdPayload('partner', 'id', 'Partner');
      const { members, ...fields } = input;
      return toPayload(
        'partner',
        await updatePartner(ctx, {
          ...Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, present(value)])),
          id: id.id,
          version: input.version,
          name: input.name ?? undefined,
          type: input.type ?? undefined,
          country: input.country ?? undefined,
          members: members ?? undefined,
        }),
      );
    },
  },
  Partner: {
    id: (partner) => toGlobalId('Partner', partner.id),
    network: (partner) => partner.network.load({ dataloader: true }) as never,
    countryName: (partner) => countryName(partner.country),
    members: (partner) => memberCounts(partner),
    viewerCan: async (partner, _, ctx) => {
      // The same facts updatePartner checks: the synergies it currently belongs to (batched).
      const synergyIds = (await ctx.loaders.currentMembershipsOfPartner.load(partner.id)).map((m) => m.synergy.id);
      return { update: can(ctx.actor, 'update', { kind: 'Partner', networkId: partner.network.id, partnerId: partner.id, synergyIds }) };
    },
    memberships: async (partner, { includeEnded }, ctx) => {
      const loader = includeEnded ? ctx.loaders.allMembershipsOfPartner : ctx.loaders.currentMembershipsOfPartner;
      return (await loader.load(partner.id)).filter((membership) => canSeeMembership(ctx, membership, partner.network.id));
    },
  },
};
