import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../shared/ids.ts';
import { defaultAgeBands, type AgeBand } from './age-bands.rules.ts';

export const Network = defineEntity({
  name: 'Network',
  tableName: 'network',
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    name: p.string().length(200),
    acronym: p.string().length(30).nullable(),
    /** The network's IATI organisation identifier; a setting, never assumed. */
    iatiOrganisationId: p.string().length(100).nullable(),
    ageBands: p.json<AgeBand[]>().onCreate(() => defaultAgeBands()),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type Network = InferEntity<typeof Network>;
