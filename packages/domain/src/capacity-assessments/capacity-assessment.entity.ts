import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../shared/ids.ts';
import { Network } from '../networks/network.entity.ts';
import { Partner } from '../partners/partner.entity.ts';
import { User } from '../users/user.entity.ts';
import { CapacityBuildingMission } from '../missions/mission.entity.ts';
import { capacityDomains } from '../missions/capacity-building.vocabulary.ts';

/**
 * A partner's capacity assessed on a date (DOMAIN.md): one score 1–4 per
 * domain assessed, each with its evidence. The change between two assessments
 * is derived, never stored. An assessment may be linked to the mission it
 * was made before or after.
 */
export const CapacityAssessment = defineEntity({
  name: 'CapacityAssessment',
  tableName: 'capacity_assessment',
  indexes: [{ properties: ['partner', 'assessedOn'] }, { properties: ['network', 'assessedOn'] }, { properties: ['mission'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    network: () => p.manyToOne(Network).ref(),
    partner: () => p.manyToOne(Partner).ref(),
    /** ISO 8601 date of the assessment. */
    assessedOn: p.date(),
    /** Who assessed: a person or organisation, by name. */
    assessor: p.string().length(200),
    mission: () => p.manyToOne(CapacityBuildingMission).ref().nullable().deleteRule('set null'),
    notes: p.text().nullable(),
    version: p.integer().version(),
    recordedBy: () => p.manyToOne(User).ref().nullable().deleteRule('set null'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type CapacityAssessment = InferEntity<typeof CapacityAssessment>;

/** One domain's score in an assessment. */
export const CapacityScore = defineEntity({
  name: 'CapacityScore',
  tableName: 'capacity_score',
  uniques: [{ properties: ['assessment', 'domain'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    assessment: () => p.manyToOne(CapacityAssessment).ref().deleteRule('cascade'),
    domain: p.enum([...capacityDomains]),
    /** 1 (weak) to 4 (strong). */
    score: p.smallint(),
    evidence: p.text().nullable(),
  },
});
export type CapacityScore = InferEntity<typeof CapacityScore>;
