import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../shared/ids.ts';
import { Network } from '../networks/network.entity.ts';
import { Synergy } from '../synergies/synergy.entity.ts';
import { User } from '../users/user.entity.ts';
import { CapacityBuildingMission } from '../missions/mission.entity.ts';
import { reviewRecommendations, reviewStatuses } from '../missions/capacity-building.vocabulary.ts';

/**
 * The continental network's review of a mission, or of a synergy's year of
 * capacity building (exactly one of `mission` and `synergy` + `year`). Only
 * network reviewers and admins write it; the organiser answers change
 * requests. Approval locks the mission's reviewed fields until an admin
 * reopens the review.
 */
export const CapacityBuildingReview = defineEntity({
  name: 'CapacityBuildingReview',
  tableName: 'capacity_building_review',
  uniques: [{ properties: ['mission'] }, { properties: ['synergy', 'year'] }],
  indexes: [{ properties: ['network', 'status'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    network: () => p.manyToOne(Network).ref(),
    mission: () => p.manyToOne(CapacityBuildingMission).ref().nullable().deleteRule('cascade'),
    synergy: () => p.manyToOne(Synergy).ref().nullable(),
    year: p.smallint().nullable(),
    reviewer: () => p.manyToOne(User).ref().nullable().deleteRule('set null'),
    status: p.enum([...reviewStatuses]).default('DRAFT'),
    /** Ratings 1–5; all four are needed to submit. */
    ratingRelevance: p.smallint().nullable(),
    ratingEffectiveness: p.smallint().nullable(),
    ratingFollowUp: p.smallint().nullable(),
    ratingGender: p.smallint().nullable(),
    comments: p.text().nullable(),
    recommendation: p.enum([...reviewRecommendations]).nullable(),
    /** What the reviewer asks the organiser to change (CHANGES_REQUESTED). */
    changeRequest: p.text().nullable(),
    /** The organiser's answer to the last change request. */
    organiserResponse: p.text().nullable(),
    submittedAt: p.datetime().nullable(),
    approvedAt: p.datetime().nullable(),
    approvedBy: () => p.manyToOne(User).ref().nullable().deleteRule('set null'),
    /** Why an admin reopened an approved review, kept with the audit entry. */
    reopenReason: p.text().nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type CapacityBuildingReview = InferEntity<typeof CapacityBuildingReview>;
