import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../shared/ids.ts';
import { Network } from '../networks/network.entity.ts';

export const synergyStatuses = ['ACTIVE', 'FORMING', 'DORMANT'] as const;
export type SynergyStatus = (typeof synergyStatuses)[number];

/** A national coalition of partner organisations in one country. */
export const Synergy = defineEntity({
  name: 'Synergy',
  tableName: 'synergy',
  uniques: [{ properties: ['network', 'name'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    network: () => p.manyToOne(Network).ref().index(),
    name: p.string().length(200),
    /** ISO 3166-1 alpha-2. */
    country: p.string().length(2).index(),
    status: p.enum([...synergyStatuses]).default('FORMING'),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type Synergy = InferEntity<typeof Synergy>;
