import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { CapacityBuildingMission, MissionTarget } from '../missions/mission.entity.ts';
import type { ReviewStatus } from '../missions/capacity-building.vocabulary.ts';
import { currentMemberIds } from '../activities/activity.queries.ts';
import { visibility, type Actor } from '../permissions/permissions.rules.ts';
import { CapacityBuildingReview } from './capacity-building-review.entity.ts';

/** Which reviews to list; every field narrows. */
export type CapacityBuildingReviewFilter = {
  networkId?: string | null;
  statuses?: readonly ReviewStatus[] | null;
  /** Reviews of missions this synergy organises, and its synergy-year reviews. */
  synergyId?: string | null;
  reviewerId?: string | null;
};

/** Most recently changed first; the id breaks ties so cursors are stable. */
export const reviewOrderBy = { updatedAt: 'desc', id: 'desc' } as const;

/** Ids of the missions these synergies organise or target, directly or through a target partner's current membership. */
function missionIdsOfSynergies(em: EntityManager, synergyIds: string[]) {
  const organised = em.createQueryBuilder(CapacityBuildingMission, 'm').select('m.id').where({ organiserSynergy: { $in: synergyIds } });
  const targeted = em
    .createQueryBuilder(MissionTarget, 't')
    .select('t.mission_id')
    .where({ $or: [{ synergy: { $in: synergyIds } }, { partner: { $in: currentMemberIds(em, synergyIds) } }] } as FilterQuery<MissionTarget>);
  return organised.getKnexQuery().union(targeted.getKnexQuery());
}

/**
 * The reviews an actor may see: everything in networks they read
 * network-wide; for synergy grants, the reviews of missions their synergy
 * organises or targets (as `missionSubject` counts them) and their synergy's
 * year reviews. Partner grants see none. Matches `scopeCovers` for reviews.
 */
export function visibleReviewsWhere(em: EntityManager, actor: Actor): FilterQuery<CapacityBuildingReview> {
  const seen = visibility(actor);
  const clauses: FilterQuery<CapacityBuildingReview>[] = [{ network: { $in: seen.networkIds } }];
  if (seen.synergyIds.length) {
    clauses.push({ synergy: { $in: seen.synergyIds } });
    clauses.push({ mission: { $in: missionIdsOfSynergies(em, seen.synergyIds) } } as unknown as FilterQuery<CapacityBuildingReview>);
  }
  return { $or: clauses };
}

/** The list filter as a where clause. */
export function reviewFilterWhere(em: EntityManager, filter: CapacityBuildingReviewFilter = {}): FilterQuery<CapacityBuildingReview> {
  const and: FilterQuery<CapacityBuildingReview>[] = [];
  if (filter.networkId) and.push({ network: filter.networkId });
  if (filter.statuses?.length) and.push({ status: { $in: [...filter.statuses] } });
  if (filter.reviewerId) and.push({ reviewer: filter.reviewerId });
  if (filter.synergyId) {
    const organised = em.createQueryBuilder(CapacityBuildingMission, 'm').select('m.id').where({ organiserSynergy: filter.synergyId }).getKnexQuery();
    and.push({ $or: [{ synergy: filter.synergyId }, { mission: { $in: organised } } as unknown as FilterQuery<CapacityBuildingReview>] });
  }
  return and.length ? { $and: and } : {};
}
