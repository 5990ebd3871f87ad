import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../shared/ids.ts';
import { Network } from '../networks/network.entity.ts';
import { Partner } from '../partners/partner.entity.ts';
import { Synergy } from '../synergies/synergy.entity.ts';
import { User } from '../users/user.entity.ts';
import { workStatuses } from '../activities/activity-status.rules.ts';
import { genderMarkerProperties, participantProperties } from '../activities/reach.properties.ts';
import { facilitatorKinds, facilitatorOrigins, missionFormats, reviewStatuses, type CapacityTheme } from './capacity-building.vocabulary.ts';

/**
 * A capacity-building mission (DOMAIN.md, category 3): a mission, workshop,
 * seminar, exchange, training of trainers or coaching organised by the network
 * (no organiser synergy) or by a synergy, for target synergies and partners.
 *
 * The participant evaluation is one set of figures per mission, so it lives on
 * the row (the summary averages it in SQL). `reviewStatus` mirrors the status
 * of the mission's review so lists filter on it and the lock is one check.
 */
export const CapacityBuildingMission = defineEntity({
  name: 'CapacityBuildingMission',
  tableName: 'capacity_building_mission',
  indexes: [
    { properties: ['network', 'plannedStartDate'] },
    { properties: ['organiserSynergy', 'plannedStartDate'] },
  ],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    network: () => p.manyToOne(Network).ref(),
    /** The synergy that organises it; null when the network organises it. */
    organiserSynergy: () => p.manyToOne(Synergy).ref().nullable(),
    format: p.enum([...missionFormats]),
    themes: p.json<CapacityTheme[]>(),
    title: p.string().length(200),
    objectives: p.text().nullable(),
    /** ISO 8601 dates. */
    plannedStartDate: p.date(),
    plannedEndDate: p.date(),
    actualStartDate: p.date().nullable(),
    actualEndDate: p.date().nullable(),
    /** Where it takes place: ISO 3166-1 alpha-2 country and city; both null when online only. */
    country: p.string().length(2).nullable(),
    city: p.string().length(120).nullable(),
    online: p.boolean().default(false),
    status: p.enum([...workStatuses]).default('PLANNED'),
    /** Budget as decimal strings in `budgetCurrency` (ISO 4217). */
    budgetPlanned: p.decimal().precision(14).scale(2).nullable(),
    budgetSpent: p.decimal().precision(14).scale(2).nullable(),
    budgetCurrency: p.string().length(3).nullable(),
    ...participantProperties,
    ...genderMarkerProperties,
    /** Participant evaluation: forms returned and average ratings 1–5. */
    evaluationFormsReturned: p.integer().nullable(),
    evaluationRelevance: p.double().nullable(),
    evaluationQuality: p.double().nullable(),
    evaluationUsefulness: p.double().nullable(),
    evaluationLearnings: p.text().nullable(),
    /** The status of its review, null while nobody reviews it; APPROVED locks the reviewed fields. */
    reviewStatus: p.enum([...reviewStatuses]).nullable(),
    version: p.integer().version(),
    createdBy: () => p.manyToOne(User).ref().nullable().deleteRule('set null'),
    updatedBy: () => p.manyToOne(User).ref().nullable().deleteRule('set null'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type CapacityBuildingMission = InferEntity<typeof CapacityBuildingMission>;

/** A synergy or a partner a mission is for; exactly one of the two is set. */
export const MissionTarget = defineEntity({
  name: 'MissionTarget',
  tableName: 'mission_target',
  indexes: [{ properties: ['mission'] }, { properties: ['synergy'] }, { properties: ['partner'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    mission: () => p.manyToOne(CapacityBuildingMission).ref().deleteRule('cascade'),
    synergy: () => p.manyToOne(Synergy).ref().nullable(),
    partner: () => p.manyToOne(Partner).ref().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type MissionTarget = InferEntity<typeof MissionTarget>;

/** Who facilitates a mission: a person or an organisation, from inside the network or outside it. */
export const MissionFacilitator = defineEntity({
  name: 'MissionFacilitator',
  tableName: 'mission_facilitator',
  indexes: [{ properties: ['mission'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    mission: () => p.manyToOne(CapacityBuildingMission).ref().deleteRule('cascade'),
    name: p.string().length(200),
    kind: p.enum([...facilitatorKinds]),
    origin: p.enum([...facilitatorOrigins]),
    /** The partner an internal facilitator comes from, if any. */
    partner: () => p.manyToOne(Partner).ref().nullable().deleteRule('set null'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type MissionFacilitator = InferEntity<typeof MissionFacilitator>;
