import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../shared/ids.ts';
import { Network } from '../networks/network.entity.ts';

export const partnerTypes = [
  'TRADE_UNION',
  'INFORMAL_WORKERS_ORGANISATION',
  'HEALTH_MUTUAL',
  'COOPERATIVE',
  'NGO',
  'RESEARCH_INSTITUTE',
] as const;
export type PartnerType = (typeof partnerTypes)[number];

/** One partner organisation working in a network; joins synergies through memberships. */
export const Partner = defineEntity({
  name: 'Partner',
  tableName: 'partner',
  uniques: [{ properties: ['network', 'name'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    network: () => p.manyToOne(Network).ref().index(),
    name: p.string().length(200),
    acronym: p.string().length(30).nullable(),
    type: p.enum([...partnerTypes]),
    /** ISO 3166-1 alpha-2. */
    country: p.string().length(2).index(),
    membersWomen: p.integer().nullable(),
    membersMen: p.integer().nullable(),
    membersOther: p.integer().nullable(),
    contactName: p.string().length(200).nullable(),
    contactEmail: p.string().length(254).nullable(),
    contactPhone: p.string().length(50).nullable(),
    website: p.string().length(500).nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type Partner = InferEntity<typeof Partner>;
