import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { FollowUpAction } from './follow-up-action.entity.ts';
import { CapacityBuildingMission } from '../missions/mission.entity.ts';
import { visibleMissionsWhere } from '../missions/mission.queries.ts';
import type { FollowUpStatus } from '../missions/capacity-building.vocabulary.ts';
import { checkDate, currentMemberIds } from '../activities/activity.queries.ts';
import { visibility, type Actor } from '../permissions/permissions.rules.ts';
import { todayIso } from '../shared/dates.ts';

/** Narrows a list of follow-up actions (GraphQL `FollowUpActionFilter`); every field narrows further. */
export type FollowUpActionFilter = {
  networkId?: string | null;
  missionId?: string | null;
  ownerPartnerId?: string | null;
  /** Owned by a current member of this synergy. */
  ownerSynergyId?: string | null;
  statuses?: readonly FollowUpStatus[] | null;
  overdue?: boolean | null;
  dueFrom?: string | null;
  dueTo?: string | null;
};

/** Ids of the missions an actor may read (the mission list's own visibility rule), as an SQL subquery. */
export const readableMissionIds = (em: EntityManager, actor: Actor): Knex.QueryBuilder =>
  em.createQueryBuilder(CapacityBuildingMission, 'vm').select('vm.id').where(visibleMissionsWhere(em, actor)).getKnexQuery();

/**
 * The follow-up actions an actor may see: network-wide readers; the owner
 * partner's people and its current synergies' people; and everyone who may
 * read the mission (which includes the organising synergy's people).
 */
export function visibleFollowUpsWhere(em: EntityManager, actor: Actor): FilterQuery<FollowUpAction> {
  const seen = visibility(actor);
  const clauses: FilterQuery<FollowUpAction>[] = [
    { mission: { network: { $in: seen.networkIds } } },
    { ownerPartner: { $in: seen.partnerIds } },
    { mission: { $in: readableMissionIds(em, actor) } } as never,
  ];
  if (seen.synergyIds.length) clauses.push({ ownerPartner: { $in: currentMemberIds(em, seen.synergyIds) } } as never);
  return { $or: clauses };
}

/** OPEN and due before today (or the opposite), as a where clause: the same rule as `isFollowUpOverdue`. */
export const overdueWhere = (overdue: boolean, today: string = todayIso()): FilterQuery<FollowUpAction> =>
  overdue ? { status: 'OPEN', dueDate: { $lt: today } } : { $or: [{ status: { $ne: 'OPEN' } }, { dueDate: { $gte: today } }] };

/** The list filter as a where clause; every field narrows. Bad dates name the argument. */
export function followUpFilterWhere(em: EntityManager, filter: FollowUpActionFilter = {}): FilterQuery<FollowUpAction> {
  checkDate(filter.dueFrom, 'filter.dueFrom');
  checkDate(filter.dueTo, 'filter.dueTo');
  const and: FilterQuery<FollowUpAction>[] = [];
  if (filter.networkId) and.push({ mission: { network: filter.networkId } });
  if (filter.missionId) and.push({ mission: filter.missionId });
  if (filter.ownerPartnerId) and.push({ ownerPartner: filter.ownerPartnerId });
  if (filter.ownerSynergyId) and.push({ ownerPartner: { $in: currentMemberIds(em, [filter.ownerSynergyId]) } } as never);
  if (filter.statuses?.length) and.push({ status: { $in: [...filter.statuses] } });
  if (filter.overdue === true || filter.overdue === false) and.push(overdueWhere(filter.overdue));
  if (filter.dueFrom) and.push({ dueDate: { $gte: filter.dueFrom } });
  if (filter.dueTo) and.push({ dueDate: { $lte: filter.dueTo } });
  return and.length ? { $and: and } : {};
}

/** By due date, the id breaking ties so cursors are stable. */
export const followUpOrderBy = { dueDate: 'asc', id: 'asc' } as const;
