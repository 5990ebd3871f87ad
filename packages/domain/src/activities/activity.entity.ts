import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../shared/ids.ts';
import { Network } from '../networks/network.entity.ts';
import { Partner } from '../partners/partner.entity.ts';
import { Synergy } from '../synergies/synergy.entity.ts';
import { User } from '../users/user.entity.ts';
import { workStatuses } from './activity-status.rules.ts';
import { genderMarkerProperties, participantProperties } from './reach.properties.ts';
import { activityTypes, activitySubTypes, type SocialProtectionBranch, type WorkerCategory, type InformalSector } from './activity.vocabulary.ts';

/**
 * What one partner did on its own (DOMAIN.md, category 1).
 *
 * The participants grid, branches and reach lists are JSON on the row, so an
 * activity is one record (read in one statement, audited as one change).
 * The totals are derived from the grid on every write and kept in columns
 * for sorting and for the database's aggregates.
 */
export const Activity = defineEntity({
  name: 'Activity',
  tableName: 'activity',
  indexes: [
    { properties: ['network', 'startDate'] },
    { properties: ['partner', 'startDate'] },
    // A synergy's list counts its total from this index alone (an index-only scan): the visibility clause reads
    // network and partner, so they ride along (at 2,000,000 activities the count read 4,819 heap pages without).
    { properties: ['synergy', 'startDate', 'network', 'partner'] },
  ],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    network: () => p.manyToOne(Network).ref(),
    partner: () => p.manyToOne(Partner).ref(),
    synergy: () => p.manyToOne(Synergy).ref().nullable(),
    type: p.enum([...activityTypes]),
    subType: p.enum([...activitySubTypes]).nullable(),
    title: p.string().length(200),
    description: p.text().nullable(),
    /** ISO 8601 dates. */
    startDate: p.date(),
    endDate: p.date(),
    /** ISO 3166-1 alpha-2, where it took place. */
    country: p.string().length(2),
    place: p.string().length(200).nullable(),
    branches: p.json<SocialProtectionBranch[]>(),
    workerCategories: p.json<WorkerCategory[]>(),
    informalSectors: p.json<InformalSector[]>(),
    status: p.enum([...workStatuses]).default('PLANNED'),
    ...participantProperties,
    ...genderMarkerProperties,
    version: p.integer().version(),
    createdBy: () => p.manyToOne(User).ref().nullable().deleteRule('set null'),
    updatedBy: () => p.manyToOne(User).ref().nullable().deleteRule('set null'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type Activity = InferEntity<typeof Activity>;
