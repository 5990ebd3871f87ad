import type { EntityManager, Knex } from '@mikro-orm/knex';
import { CapacityBuildingMission } from './mission.entity.ts';
import type { MissionFilter, MissionOrder } from './mission.filter.ts';
import { missionFilterWhere, missionOrderBy, visibleMissionsWhere } from './mission.queries.ts';
import { SynergyMembership } from '../synergies/synergy-membership.entity.ts';
import { currentMembershipWhere } from '../synergies/membership.rules.ts';
import type { DomainContext } from '../shared/context.ts';
import type { Page, PageArgs } from '../shared/pagination.ts';
import { pagesOfParents as windowedPages, type ParentRelation } from '../shared/windowed-pages.ts';

/**
 * How a parent (a synergy, a partner) reaches its missions: an SQL relation
 * `(mission_id, parent_id)` for the given parent ids, each pair once, and
 * which filter field the parent itself stands for.
 */
type Parents = { pairs: (em: EntityManager, ids: string[]) => Knex.QueryBuilder; ownFilterKey: 'synergyId' | 'partnerId' };

/** A synergy's missions: those it organises, those targeting it, those targeting its current partners (as `filter.synergyId`). */
const ofSynergies: Parents = {
  pairs: (em, ids) => {
    const knex = em.getKnex();
    const members = em
      .createQueryBuilder(SynergyMembership, 'sm')
      .select(['sm.partner_id', 'sm.synergy_id'])
      .where({ synergy: { $in: ids }, ...currentMembershipWhere() })
      .getKnexQuery();
    // union (not union all): a mission reached two ways appears once in the synergy's page.
    return knex
      .select('o.id as mission_id', 'o.organiser_synergy_id as parent_id')
      .from('capacity_building_mission as o')
      .whereIn('o.organiser_synergy_id', ids)
      .union([
        knex.select('ts.mission_id', 'ts.synergy_id as parent_id').from('mission_target as ts').whereIn('ts.synergy_id', ids),
        knex
          .select('tp.mission_id', 'cm.synergy_id as parent_id')
          .from('mission_target as tp')
          .join(members.as('cm'), 'cm.partner_id', 'tp.partner_id'),
      ]);
  },
  ownFilterKey: 'synergyId',
};

/** A partner's missions: those targeting it. */
const ofPartners: Parents = {
  pairs: (em, ids) => em.getKnex().select('tp.mission_id', 'tp.partner_id as parent_id').from('mission_target as tp').whereIn('tp.partner_id', ids),
  ownFilterKey: 'partnerId',
};

/** The ranked query's parents: the missions joined to their `(mission_id, parent_id)` pairs. */
const relationOf = (parents: Parents): ParentRelation => ({
  column: 'par.parent_id',
  narrow: (query, ids, em) => void query.join(parents.pairs(em, ids).as('par'), 'par.mission_id', 'm.id'),
});

/**
 * One page of missions per parent in two SQL statements whatever the number
 * of parents or rows (the windowed ranking, the pages' missions with their
 * organisers), with the cursors of `listMissions`.
 */
const pagesOfParents = (
  ctx: DomainContext,
  parents: Parents,
  parentIds: readonly string[],
  filter: MissionFilter | null | undefined,
  order: MissionOrder | null | undefined,
  page: PageArgs,
): Promise<Map<string, Page<CapacityBuildingMission>>> =>
  windowedPages(
    ctx,
    {
      entity: CapacityBuildingMission,
      alias: 'm',
      parents: relationOf(parents),
      where: (em, actor) => ({ $and: [visibleMissionsWhere(em, actor), missionFilterWhere(em, { ...filter, [parents.ownFilterKey]: null })] }),
      orderBy: missionOrderBy(order),
      populate: ['organiserSynergy'],
    },
    parentIds,
    page,
  );

/**
 * Pages of the missions each synergy organises or is targeted by (directly
 * or through its current partners) that the actor may see, filtered and
 * ordered as `listMissions`, whose cursors they share (`Synergy.missions`).
 */
export function listMissionsOfSynergies(
  ctx: DomainContext,
  synergyIds: readonly string[],
  filter: MissionFilter | null | undefined,
  order: MissionOrder | null | undefined,
  page: PageArgs,
): Promise<Map<string, Page<CapacityBuildingMission>>> {
  return pagesOfParents(ctx, ofSynergies, synergyIds, filter, order, page);
}

/** The same per partner: the missions targeting each partner (`Partner.missions`). */
export function listMissionsOfPartners(
  ctx: DomainContext,
  partnerIds: readonly string[],
  filter: MissionFilter | null | undefined,
  order: MissionOrder | null | undefined,
  page: PageArgs,
): Promise<Map<string, Page<CapacityBuildingMission>>> {
  return pagesOfParents(ctx, ofPartners, partnerIds, filter, order, page);
}
