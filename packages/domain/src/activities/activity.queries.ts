import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Activity } from './activity.entity.ts';
import type { ActivityFilter, ActivityOrder } from './activity.filter.ts';
import { SynergyMembership } from '../synergies/synergy-membership.entity.ts';
import { currentMembershipWhere } from '../synergies/membership.rules.ts';
import { visibility, type Actor } from '../permissions/permissions.rules.ts';
import { containsText, isPostgres } from '../shared/search.ts';
import { idIn } from '../shared/subquery.ts';
import { InvalidArgumentError } from '../shared/context.ts';
import { isIsoDate } from '../shared/dates.ts';
import { rollupExpressions } from '../participation-rollup/participation-rollup.store.ts';

const orderColumn = { START_DATE: 'startDate', TITLE: 'title', PARTICIPANTS: 'participantsTotal', UPDATED_AT: 'updatedAt' } as const;

/** The order as MikroORM wants it; the id breaks ties so cursors are stable. */
export function activityOrderBy(order: ActivityOrder | null | undefined) {
  const { field, direction } = order ?? { field: 'START_DATE', direction: 'DESC' };
  const dir = direction === 'ASC' ? 'asc' : 'desc';
  return { [orderColumn[field]]: dir, id: dir } as Record<string, 'asc' | 'desc'>;
}

/** `<alias>.branches` as rows `b(value)`: the JSON list unnested in SQL (FROM-clause fragment). */
export const unnestBranches = (em: EntityManager, alias: string): string => rollupExpressions(isPostgres(em), alias).unnestBranches;

/** Partner ids currently members of any of these synergies, as an SQL subquery. */
export const currentMemberIds = (em: EntityManager, synergyIds: string[]) =>
  em
    .createQueryBuilder(SynergyMembership, 'm')
    .select('m.partner_id')
    .where({ synergy: { $in: synergyIds }, ...currentMembershipWhere() })
    .getKnexQuery();

/**
 * The activities an actor may see: everything in networks they read
 * network-wide, their partners' own, and for synergy roles the activities
 * reported under the synergy or run by its current partners.
 */
export function visibleActivitiesWhere(em: EntityManager, actor: Actor): FilterQuery<Activity> {
  const seen = visibility(actor);
  const clauses: FilterQuery<Activity>[] = [{ network: { $in: seen.networkIds } }, { partner: { $in: seen.partnerIds } }];
  if (seen.synergyIds.length) {
    clauses.push({ synergy: { $in: seen.synergyIds } });
    clauses.push({ partner: { $in: currentMemberIds(em, seen.synergyIds) } } as unknown as FilterQuery<Activity>);
  }
  return { $or: clauses };
}

/** Ids of the rows of `table` (activity, joint_action…) addressing any of the branches: the JSON list unnested in SQL. */
export function idsAddressingBranches(em: EntityManager, table: string, branches: readonly string[]) {
  const knex = em.getKnex();
  return knex
    .select('x.id')
    .from(knex.raw(`${table} as x, ${unnestBranches(em, 'x')}`))
    .whereIn('b.value', [...branches]);
}

export const checkDate = (value: string | null | undefined, argument: string) => {
  if (value && !isIsoDate(value)) throw new InvalidArgumentError(argument, 'must be a date in the form YYYY-MM-DD');
};

/** The list filter as a where clause; every field narrows. Bad values name the argument. */
export function activityFilterWhere(em: EntityManager, filter: ActivityFilter = {}): FilterQuery<Activity> {
  checkDate(filter.from, 'filter.from');
  checkDate(filter.to, 'filter.to');
  const badScore = filter.genderMarkerScores?.find((score) => ![0, 1, 2].includes(score));
  if (badScore !== undefined) throw new InvalidArgumentError('filter.genderMarkerScores', `must be 0, 1 or 2, not ${badScore}`);
  const and: FilterQuery<Activity>[] = [];
  if (filter.networkId) and.push({ network: filter.networkId });
  if (filter.synergyId) and.push({ synergy: filter.synergyId });
  if (filter.partnerId) and.push({ partner: filter.partnerId });
  if (filter.countries?.length) and.push({ country: { $in: filter.countries.map((code) => code.toUpperCase()) } });
  if (filter.types?.length) and.push({ type: { $in: filter.types } });
  if (filter.statuses?.length) and.push({ status: { $in: filter.statuses } });
  if (filter.genderMarkerScores?.length) and.push({ genderScore: { $in: filter.genderMarkerScores } });
  if (filter.from) and.push({ startDate: { $gte: filter.from } });
  if (filter.to) and.push({ startDate: { $lte: filter.to } });
  if (filter.branches?.length) and.push(idIn<Activity>(idsAddressingBranches(em, 'activity', filter.branches)));
  const text = containsText(em, filter.search);
  if (text) and.push({ $or: [{ title: text }, { description: text }, { place: text }] });
  return and.length ? { $and: and } : {};
}
