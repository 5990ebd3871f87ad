import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { CapacityBuildingMission, MissionTarget } from './mission.entity.ts';
import type { MissionFilter, MissionOrder } from './mission.filter.ts';
import { checkDate, currentMemberIds } from '../activities/activity.queries.ts';
import { visibility, type Actor } from '../permissions/permissions.rules.ts';
import { containsText, isPostgres } from '../shared/search.ts';
import { idIn } from '../shared/subquery.ts';

const orderColumn = { START_DATE: 'plannedStartDate', TITLE: 'title', PARTICIPANTS: 'participantsTotal', UPDATED_AT: 'updatedAt' } as const;

/** The order as MikroORM wants it; the id breaks ties so cursors are stable. */
export function missionOrderBy(order: MissionOrder | null | undefined) {
  const { field, direction } = order ?? { field: 'START_DATE', direction: 'DESC' };
  const dir = direction === 'ASC' ? 'asc' : 'desc';
  return { [orderColumn[field]]: dir, id: dir } as Record<string, 'asc' | 'desc'>;
}

type Ids = readonly string[] | Knex.QueryBuilder;
const asIn = (ids: Ids) => (Array.isArray(ids) ? [...ids] : ids);

/** Ids of the missions targeting any of these partners (ids or an SQL subquery of ids). */
export const missionIdsTargetingPartners = (em: EntityManager, partnerIds: Ids) => {
  if (!Array.isArray(partnerIds) && isPostgres(em)) {
    // `= any(array(…))`, not `in (…)`: PostgreSQL plans `in` as a semi join and, at 50,000 targets, hashed them all
    // (a sequential scan, 6 ms, twice a list page: its rows and its total); the array is computed first and looked up
    // in the partner index.
    return em.getKnex().select('mt.mission_id').from('mission_target as mt').whereRaw('mt.partner_id = any(array ?)', [partnerIds as Knex.QueryBuilder]);
  }
  return em
    .createQueryBuilder(MissionTarget, 'mt')
    .select('mt.mission_id')
    .where({ partner: { $in: asIn(partnerIds) } } as never)
    .getKnexQuery();
};

/** Ids of the missions targeting any of these synergies directly. */
export const missionIdsTargetingSynergies = (em: EntityManager, synergyIds: readonly string[]) =>
  em
    .createQueryBuilder(MissionTarget, 'mt')
    .select('mt.mission_id')
    .where({ synergy: { $in: [...synergyIds] } })
    .getKnexQuery();

/** What a synergy reaches: the missions it organises, those targeting it, and those targeting its current partners. */
const synergyClauses = (em: EntityManager, synergyIds: readonly string[]): FilterQuery<CapacityBuildingMission>[] => [
  { organiserSynergy: { $in: [...synergyIds] } },
  idIn<CapacityBuildingMission>(missionIdsTargetingSynergies(em, synergyIds)),
  idIn<CapacityBuildingMission>(missionIdsTargetingPartners(em, currentMemberIds(em, [...synergyIds]))),
];

/**
 * The missions an actor may see: everything in networks they read
 * network-wide; for synergy roles those the synergy organises or targets or
 * whose target partners are its current members; for partner roles those
 * targeting the partner. Matches `scopeCovers` for 'Mission'.
 */
export function visibleMissionsWhere(em: EntityManager, actor: Actor): FilterQuery<CapacityBuildingMission> {
  const seen = visibility(actor);
  const clauses: FilterQuery<CapacityBuildingMission>[] = [{ network: { $in: seen.networkIds } }];
  if (seen.partnerIds.length) clauses.push(idIn<CapacityBuildingMission>(missionIdsTargetingPartners(em, seen.partnerIds)));
  if (seen.synergyIds.length) clauses.push(...synergyClauses(em, seen.synergyIds));
  return { $or: clauses };
}

/** Ids of the missions covering any of the themes: the JSON list unnested in SQL. */
function idsCoveringThemes(em: EntityManager, themes: readonly string[]) {
  const knex = em.getKnex();
  const unnest = isPostgres(em) ? 'jsonb_array_elements_text(x.themes) as t(value)' : 'json_each(x.themes) as t';
  return knex
    .select('x.id')
    .from(knex.raw(`capacity_building_mission as x, ${unnest}`))
    .whereIn('t.value', [...themes]);
}

/** The list filter as a where clause; every field narrows. Bad values name the argument. */
export function missionFilterWhere(em: EntityManager, filter: MissionFilter = {}): FilterQuery<CapacityBuildingMission> {
  checkDate(filter.from, 'filter.from');
  checkDate(filter.to, 'filter.to');
  const and: FilterQuery<CapacityBuildingMission>[] = [];
  if (filter.networkId) and.push({ network: filter.networkId });
  if (filter.synergyId) and.push({ $or: synergyClauses(em, [filter.synergyId]) });
  if (filter.networkOrganised === true) and.push({ organiserSynergy: null });
  if (filter.networkOrganised === false) and.push({ organiserSynergy: { $ne: null } });
  if (filter.partnerId) and.push(idIn<CapacityBuildingMission>(missionIdsTargetingPartners(em, [filter.partnerId])));
  if (filter.countries?.length) and.push({ country: { $in: filter.countries.map((code) => code.toUpperCase()) } });
  if (filter.formats?.length) and.push({ format: { $in: [...filter.formats] } });
  if (filter.themes?.length) and.push(idIn<CapacityBuildingMission>(idsCoveringThemes(em, filter.themes)));
  if (filter.statuses?.length) and.push({ status: { $in: [...filter.statuses] } });
  if (filter.reviewStatuses?.length) and.push({ reviewStatus: { $in: [...filter.reviewStatuses] } });
  if (filter.unreviewed === true) and.push({ reviewStatus: null });
  if (filter.unreviewed === false) and.push({ reviewStatus: { $ne: null } });
  if (filter.from) and.push({ plannedEndDate: { $gte: filter.from } });
  if (filter.to) and.push({ plannedStartDate: { $lte: filter.to } });
  const text = containsText(em, filter.search);
  if (text) and.push({ $or: [{ title: text }, { objectives: text }] });
  return and.length ? { $and: and } : {};
}
