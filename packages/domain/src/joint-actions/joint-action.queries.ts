import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { JointAction, JointActionPartner, PolicyTarget } from './joint-action.entity.ts';
import type { JointActionFilter, JointActionOrder } from './joint-action.filter.ts';
import { checkDate, currentMemberIds, idsAddressingBranches } from '../activities/activity.queries.ts';
import { visibility, type Actor } from '../permissions/permissions.rules.ts';
import { containsText } from '../shared/search.ts';
import { idIn } from '../shared/subquery.ts';

const orderColumn = { START_DATE: 'plannedStartDate', TITLE: 'title', PARTICIPANTS: 'participantsTotal', UPDATED_AT: 'updatedAt' } as const;

/** The order as MikroORM wants it; the id breaks ties so cursors are stable. */
export function jointActionOrderBy(order: JointActionOrder | null | undefined) {
  const { field, direction } = order ?? { field: 'START_DATE', direction: 'DESC' };
  const dir = direction === 'ASC' ? 'asc' : 'desc';
  return { [orderColumn[field]]: dir, id: dir } as Record<string, 'asc' | 'desc'>;
}

/** Ids of the joint actions any of these partners (ids or an SQL subquery of ids) takes part in. */
export const jointActionIdsWithPartners = (em: EntityManager, partnerIds: readonly string[] | ReturnType<typeof currentMemberIds>) =>
  em
    .createQueryBuilder(JointActionPartner, 'jp')
    .select('jp.joint_action_id')
    .where({ partner: { $in: Array.isArray(partnerIds) ? [...partnerIds] : partnerIds } } as never)
    .getKnexQuery();

/**
 * The joint actions an actor may see: everything in networks they read
 * network-wide; for synergy roles, the synergy's own and those its current
 * partners take part in (continental ones included); for partner roles,
 * those the partner takes part in. Matches `scopeCovers` for 'JointAction'.
 */
export function visibleJointActionsWhere(em: EntityManager, actor: Actor): FilterQuery<JointAction> {
  const seen = visibility(actor);
  const clauses: FilterQuery<JointAction>[] = [{ network: { $in: seen.networkIds } }];
  if (seen.partnerIds.length) clauses.push(idIn<JointAction>(jointActionIdsWithPartners(em, seen.partnerIds)));
  if (seen.synergyIds.length) {
    clauses.push({ synergy: { $in: seen.synergyIds } });
    clauses.push(idIn<JointAction>(jointActionIdsWithPartners(em, currentMemberIds(em, seen.synergyIds))));
  }
  return { $or: clauses };
}

/** The list filter as a where clause; every field narrows. Bad values name the argument. */
export function jointActionFilterWhere(em: EntityManager, filter: JointActionFilter = {}): FilterQuery<JointAction> {
  checkDate(filter.from, 'filter.from');
  checkDate(filter.to, 'filter.to');
  const and: FilterQuery<JointAction>[] = [];
  if (filter.networkId) and.push({ network: filter.networkId });
  if (filter.synergyId) and.push({ synergy: filter.synergyId });
  if (filter.continental === true) and.push({ synergy: null });
  if (filter.continental === false) and.push({ synergy: { $ne: null } });
  if (filter.partnerId) and.push(idIn<JointAction>(jointActionIdsWithPartners(em, [filter.partnerId])));
  if (filter.countries?.length) and.push({ country: { $in: filter.countries.map((code) => code.toUpperCase()) } });
  if (filter.kinds?.length) and.push({ kind: { $in: [...filter.kinds] } });
  if (filter.statuses?.length) and.push({ status: { $in: [...filter.statuses] } });
  if (filter.stagesReached?.length) and.push({ stageReached: { $in: [...filter.stagesReached] } });
  if (filter.from) and.push({ plannedEndDate: { $gte: filter.from } });
  if (filter.to) and.push({ plannedStartDate: { $lte: filter.to } });
  if (filter.branches?.length) and.push(idIn<JointAction>(idsAddressingBranches(em, 'joint_action', filter.branches)));
  if (filter.targetLevels?.length) {
    const targeted = em
      .createQueryBuilder(PolicyTarget, 't')
      .select('t.joint_action_id')
      .where({ level: { $in: [...filter.targetLevels] } })
      .getKnexQuery();
    and.push(idIn<JointAction>(targeted));
  }
  const text = containsText(em, filter.search);
  if (text) and.push({ $or: [{ title: text }, { objective: text }] });
  return and.length ? { $and: and } : {};
}
